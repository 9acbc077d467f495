import { SummaryRow } from "@/components/summary-list/SummaryRow";
import { ColumnHeaders } from "@/components/table/ColumnHeaders";
import type { components } from "@/api/schema";
import { formatDate, formatDateTime } from "@/lib/format";
import { formatWeeklyFee } from "@/lib/money";
import { MAX_DISTANCE_LABELS, PURPOSE_LABELS } from "@/lib/referral-labels";

export type ReferralSnapshot = components["schemas"]["ReferralSnapshot"];

const STRENGTH_LABELS = {
  none: "No strength noted",
  emerging: "Emerging strength",
  useful: "Useful strength",
  centrepiece: "A centrepiece strength",
} as const satisfies Record<ReferralSnapshot["needs"][number]["strength_level"], string>;

function orNone(text: string) {
  return text.trim() ? text : "None given";
}

/**
 * A referral exactly as a partner agency reads it: the pseudonymous snapshot, with no name,
 * date of birth or address. The council's preview and the agency portal both show this.
 */
export function SharedReferralView({ snapshot }: { snapshot: ReferralSnapshot }) {
  const { location, needs_summary: summary } = snapshot;
  return (
    <>
      <dl className="govuk-summary-list">
        <SummaryRow label="Reference">{snapshot.reference}</SummaryRow>
        <SummaryRow label="Placement sought">{PURPOSE_LABELS[snapshot.purpose]}</SummaryRow>
        <SummaryRow label="Needed by">
          {snapshot.needed_by ? formatDate(snapshot.needed_by) : "Not set"}
        </SummaryRow>
        <SummaryRow label="Age">{snapshot.age_years} years</SummaryRow>
        <SummaryRow label="Legal context">{snapshot.care_context}</SummaryRow>
        <SummaryRow label="Siblings to place together">{snapshot.siblings}</SummaryRow>
        <SummaryRow label="Area">{location.local_authority}</SummaryRow>
        <SummaryRow label="Distance">{MAX_DISTANCE_LABELS[location.max_distance]}</SummaryRow>
        <SummaryRow label="Location preferences">{orNone(location.preferences)}</SummaryRow>
        <SummaryRow label="Budget guidance">
          {snapshot.budget_weekly_pence === null
            ? "None given"
            : formatWeeklyFee(snapshot.budget_weekly_pence)}
        </SummaryRow>
        <SummaryRow label="Contact arrangements">
          {orNone(snapshot.contact_arrangements)}
        </SummaryRow>
        <SummaryRow label="Needs score">
          {summary.score.toFixed(1)}, {summary.actionable_count} domains at level 2 or more
        </SummaryRow>
        <SummaryRow label="Snapshot taken">{formatDateTime(snapshot.taken_at)}</SummaryRow>
      </dl>
      <h3 className="govuk-heading-s">What helps</h3>
      <p className="govuk-body app-pre-line">{orNone(snapshot.what_helps)}</p>
      <h3 className="govuk-heading-s">Needs and strengths</h3>
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption className="govuk-table__caption govuk-visually-hidden">
          Needs and strengths by domain
        </caption>
        <ColumnHeaders columns={["Domain", "Need", "What it looks like", "Strength"]} />
        <tbody className="govuk-table__body">
          {snapshot.needs.map((need) => (
            <tr className="govuk-table__row" key={need.domain_key}>
              <th scope="row" className="govuk-table__header">
                {need.domain_name}
              </th>
              <td className="govuk-table__cell">
                {need.need_level} – {need.need_label}
              </td>
              <td className="govuk-table__cell">{orNone(need.needs_text)}</td>
              <td className="govuk-table__cell">
                {STRENGTH_LABELS[need.strength_level]}
                {need.strength_notes ? `: ${need.strength_notes}` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="govuk-heading-s">In the young person’s own words</h3>
      {snapshot.young_person_words.length === 0 ? (
        <p className="govuk-body">Nothing shared.</p>
      ) : (
        snapshot.young_person_words.map((words) => (
          <div className="govuk-inset-text" key={words.section}>
            <h4 className="govuk-heading-s govuk-!-margin-bottom-1">{words.heading}</h4>
            <p className="govuk-body app-pre-line govuk-!-margin-bottom-0">{words.text}</p>
          </div>
        ))
      )}
    </>
  );
}
