import { formatPence } from "@/lib/money";
import {
  csvHref,
  type ValueSummary,
  valueSummaryQueryOptions,
} from "@/features/value-analytics/api/analytics";
import { AnalyticResult } from "./AnalyticResult";
import { WithheldNote } from "./Withheld";
import { countText, figureText } from "./withheld-text";

function figuresOf(data: ValueSummary) {
  const count = (value: number | null) => countText(value, data.suppression_threshold);
  return [
    ["Children in care", count(data.children_in_care)],
    ["With an approved needs assessment", count(data.children_assessed)],
    ["With a weekly cost running today", count(data.children_with_weekly_cost)],
    ["Weekly spend", figureText(data.total_weekly_spend_pence, formatPence)],
    ["Annual spend (weekly spend × 52)", figureText(data.total_annual_spend_pence, formatPence)],
    ["Average weighted needs score", figureText(data.mean_score, (score) => score.toFixed(1))],
    [
      "Cost per need point",
      figureText(data.cost_per_need_point_pence, (pence) => `${formatPence(pence)} a week`),
    ],
    ["Children on the edge of care", count(data.children_edge_of_care)],
    ["Children a family could step down to", count(data.step_down_children_proposed)],
    [
      "Step-down saving a year (indicative)",
      figureText(data.step_down_annual_saving_pence, formatPence),
    ],
  ] as const;
}

function Summary({ data }: { data: ValueSummary }) {
  return (
    <>
      <dl className="govuk-summary-list">
        {figuresOf(data).map(([label, value]) => (
          <div className="govuk-summary-list__row" key={label}>
            <dt className="govuk-summary-list__key">{label}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      {data.suppressed ? <WithheldNote threshold={data.suppression_threshold} /> : null}
      <p className="govuk-body">
        <a className="govuk-link" href={csvHref("value-summary")} download>
          Download these figures (CSV)
        </a>
      </p>
    </>
  );
}

/** The value overview: spend, need and the step-down savings, as of today. */
export function ValueSummaryReport() {
  return (
    <AnalyticResult
      options={valueSummaryQueryOptions}
      loading="Adding up the figures…"
      name="Value summary"
    >
      {(data) => <Summary data={data} />}
    </AnalyticResult>
  );
}
