import { useQuery } from "@tanstack/react-query";

import { ScatterChart } from "../../../components/charts/ScatterChart";
import { LoadingMessage } from "../../../components/states/LoadingMessage";
import { ProblemMessage } from "../../../components/states/ProblemMessage";
import { pluralise } from "../../../lib/format";
import { formatPence, formatWeeklyFee } from "../../../lib/money";
import { problemOf } from "../../../lib/problem";
import {
  type NeedVsSpend,
  type NeedVsSpendFilters,
  type NeedVsSpendPoint,
  needVsSpendCsvHref,
  needVsSpendQueryOptions,
} from "../api/need-vs-spend";
import { correlationText } from "./correlation-text";
import { NeedVsSpendFiltersForm } from "./NeedVsSpendFiltersForm";
import { NeedVsSpendTable } from "./NeedVsSpendTable";

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
    return (
      <div className="govuk-inset-text">
        Fewer than {data.suppression_threshold} children match these filters, so nothing is shown:
        so few children could be recognised from their figures. Choose wider filters.
      </div>
    );
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
      <p className="govuk-body">
        <a className="govuk-link" href={needVsSpendCsvHref(filters)} download>
          Download these figures (CSV)
        </a>
      </p>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Show the figures as a table</span>
        </summary>
        <div className="govuk-details__text">
          <NeedVsSpendTable points={data.points} named={data.named} />
        </div>
      </details>
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
  const report = useQuery(needVsSpendQueryOptions(filters));
  let body;
  if (report.isPending) body = <LoadingMessage>Comparing needs with spend…</LoadingMessage>;
  else if (report.isError) {
    body = <ProblemMessage problem={problemOf(report.error, "Need vs spend")} />;
  } else body = <Result data={report.data} filters={filters} />;
  return (
    <>
      <NeedVsSpendFiltersForm
        key={JSON.stringify(filters)}
        filters={filters}
        teams={teams}
        onApply={onApply}
      />
      {body}
    </>
  );
}
