import { BarChart } from "@/components/charts/BarChart";
import { BoxPlot } from "@/components/charts/BoxPlot";
import { FigureTable } from "@/components/table/FigureTable";
import { formatPence, formatWeeklyFee } from "@/lib/money";
import {
  csvHref,
  type EdgeOfCare,
  edgeOfCareQueryOptions,
} from "@/features/value-analytics/api/analytics";
import type { NeedVsSpendFilters } from "@/features/value-analytics/api/need-vs-spend";
import { AnalyticResult } from "./AnalyticResult";
import { ChartWithTable } from "./ChartWithTable";
import { boxRowOf } from "./distribution-rows";
import { DistributionTable } from "./DistributionTable";
import { WithheldNote, WithheldNotice } from "./Withheld";
import { BASIS_LABELS } from "./cost-basis";
import { countText, figureText } from "./withheld-text";

function Profile({ data, filters }: { data: EdgeOfCare; filters: NeedVsSpendFilters }) {
  const threshold = data.suppression_threshold;
  if (data.suppressed && data.children === null) {
    return <WithheldNotice threshold={threshold} what="on the edge of care match these filters" />;
  }
  if (data.children === 0) {
    return <p className="govuk-body">No child on the edge of care matches these filters.</p>;
  }
  const scores = { key: "all", label: "Edge of care", distribution: data.scores };
  const withheld = data.suppressed || data.likely_placements.some((row) => row.suppressed);
  return (
    <>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Children on the edge of care</dt>
          <dd className="govuk-summary-list__value">{countText(data.children, threshold)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Without an approved assessment (not costed)</dt>
          <dd className="govuk-summary-list__value">
            {countText(data.children_not_assessed, threshold)}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">What a month’s delay of entry to care avoids</dt>
          <dd className="govuk-summary-list__value">
            {figureText(data.one_month_delay_pence, formatPence)}
          </dd>
        </div>
      </dl>
      <h2 className="govuk-heading-m">Their needs</h2>
      <BoxPlot
        title="Weighted needs scores of children on the edge of care"
        description="A line from the lowest to the highest score, a box around the middle half and a mark at the median. The table below gives the same figures."
        max={100}
        rows={[boxRowOf(scores)]}
      />
      <DistributionTable
        caption="Weighted needs scores"
        groupHeading="Children"
        rows={[scores]}
        threshold={threshold}
      />
      <h2 className="govuk-heading-m">The cost a month’s delay avoids</h2>
      <p className="govuk-body">
        A child with a need at the highest level in any domain would likely need a children’s home;
        any other, foster care. One month is the weekly cost × 52 ÷ 12.
      </p>
      <ChartWithTable
        chart={
          <BarChart
            title="One month of care avoided, by the placement likely needed"
            description="One bar per placement type. The table gives the same figures."
            bars={data.likely_placements.map((row) => ({
              key: row.placement_type,
              label: row.placement_label,
              value: row.one_month_pence,
              valueText: figureText(row.one_month_pence, formatPence),
            }))}
          />
        }
        table={
          <FigureTable
            caption="One month of care avoided, by the placement likely needed"
            headings={["Placement likely needed", "Children", "Weekly cost assumed", "One month"]}
            rows={data.likely_placements.map((row) => ({
              key: row.placement_type,
              label: `${row.placement_type} – ${row.placement_label}`,
              figures: [
                countText(row.children, threshold),
                `${formatWeeklyFee(row.weekly_cost_pence)} (${BASIS_LABELS[row.basis]})`,
                figureText(row.one_month_pence, formatPence),
              ],
            }))}
          />
        }
        csvHref={csvHref("edge-of-care", filters)}
      />
      {withheld ? <WithheldNote threshold={threshold} /> : null}
    </>
  );
}

/** Children on the edge of care: their needs, and what delaying their entry to care avoids. */
export function EdgeOfCareReport({ filters }: { filters: NeedVsSpendFilters }) {
  return (
    <AnalyticResult
      options={edgeOfCareQueryOptions(filters)}
      loading="Profiling the edge of care…"
      name="Edge of care"
    >
      {(data) => <Profile data={data} filters={filters} />}
    </AnalyticResult>
  );
}
