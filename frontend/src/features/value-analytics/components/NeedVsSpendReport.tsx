import { ScatterChart } from "@/components/charts/ScatterChart";
import { pluralise } from "@/lib/format";
import { formatPence, formatWeeklyFee } from "@/lib/money";
import {
  type NeedVsSpend,
  type NeedVsSpendFilters,
  type NeedVsSpendPoint,
  needVsSpendCsvHref,
  needVsSpendQueryOptions,
} from "@/features/value-analytics/api/need-vs-spend";
import { AnalyticResult } from "./AnalyticResult";
import { ChartWithTable } from "./ChartWithTable";
import { correlationText } from "./correlation-text";
import { NeedVsSpendFiltersForm } from "./NeedVsSpendFiltersForm";
import { NeedVsSpendTable } from "./NeedVsSpendTable";
import { WithheldNotice } from "./Withheld";

function Figures({ data }: { data: NeedVsSpend }) {
  const figures = [
    ["Children compared", (data.count ?? 0).toLocaleString("en-GB"), ""],
    [
      "Pearson’s correlation",
      correlationText(data.pearson),
      "From −1 to 1: how close the points lie to a straight line. 0 means cost does not rise with need.",
    ],
    [
      "Spearman’s correlation",
      correlationText(data.spearman),
      "The same on ranks: whether the children with more need cost more, whatever the amounts.",
    ],
    [
      "Cost per need point",
      data.cost_per_need_point_pence === null
        ? "Not known"
        : `${formatPence(data.cost_per_need_point_pence)} a week`,
      "All the weekly costs divided by all the needs scores.",
    ],
    [
      "Average",
      data.mean_score === null || data.mean_weekly_cost_pence === null
        ? "Not known"
        : `score ${data.mean_score.toFixed(1)}, ${formatWeeklyFee(data.mean_weekly_cost_pence)}`,
      "",
    ],
  ] as const;
  return (
    <dl className="govuk-summary-list">
      {figures.map(([label, value, about]) => (
        <div className="govuk-summary-list__row" key={label}>
          <dt className="govuk-summary-list__key">{label}</dt>
          <dd className="govuk-summary-list__value">
            {value}
            {about ? <p className="govuk-hint govuk-!-margin-bottom-0">{about}</p> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function pointLabel(point: NeedVsSpendPoint, index: number): string {
  const who = point.child_name ?? `Child ${String(index + 1)}`;
  return `${who}: score ${point.score.toFixed(1)}, ${formatWeeklyFee(point.weekly_cost_pence)}`;
}

function Result({ data, filters }: { data: NeedVsSpend; filters: NeedVsSpendFilters }) {
  if (data.suppressed) {
    return <WithheldNotice threshold={data.suppression_threshold} what="match these filters" />;
  }
  if (data.points.length === 0) {
    return (
      <p className="govuk-body">
        No child in care matches these filters with both an approved assessment and a weekly cost
        running today.
      </p>
    );
  }
  return (
    <>
      <Figures data={data} />
      <ChartWithTable
        chart={
          <ScatterChart
            title="Weighted needs score against weekly cost"
            description={`One circle per child, ${pluralise(data.points.length, "child", "children")}. The table below gives the same figures.`}
            x={{ label: "Weighted needs score (0–100)", format: (v) => String(v), atLeast: 100 }}
            y={{
              label: "Weekly cost",
              format: (pence) => formatPence(Math.round(pence)).replace(/\.00$/, ""),
            }}
            points={data.points.map((point, index) => ({
              key: point.child_id ?? String(index),
              x: point.score,
              y: point.weekly_cost_pence,
              label: pointLabel(point, index),
            }))}
          />
        }
        table={<NeedVsSpendTable points={data.points} named={data.named} />}
        csvHref={needVsSpendCsvHref(filters)}
      />
      {data.named ? null : (
        <p className="govuk-body-s">Children are not named here: you see figures only.</p>
      )}
    </>
  );
}

interface NeedVsSpendReportProps {
  filters: NeedVsSpendFilters;
  teams: readonly { id: string; name: string }[];
  onApply: (filters: NeedVsSpendFilters) => void;
}

/** Is spend on a child linked to their needs? The scatter, its statistics, the table. */
export function NeedVsSpendReport({ filters, teams, onApply }: NeedVsSpendReportProps) {
  return (
    <>
      <NeedVsSpendFiltersForm
        key={JSON.stringify(filters)}
        filters={filters}
        teams={teams}
        onApply={onApply}
      />
      <AnalyticResult
        options={needVsSpendQueryOptions(filters)}
        loading="Comparing needs with spend…"
        name="Need vs spend"
      >
        {(data) => <Result data={data} filters={filters} />}
      </AnalyticResult>
    </>
  );
}
