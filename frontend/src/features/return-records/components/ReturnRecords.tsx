import { useQuery } from "@tanstack/react-query";

import { SummaryRow } from "@/components/summary-list/SummaryRow";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { formatDate } from "@/lib/format";
import { problemOf } from "@/lib/problem";
import {
  type ReturnRecords as Records,
  returnRecordsQueryOptions,
} from "@/features/return-records/api/return-records";

function yesNo(value: boolean | null | undefined): string {
  if (value === null || value === undefined) return "Not recorded";
  return value ? "Yes" : "No";
}

function isEmpty(records: Records): boolean {
  return (
    !records.uasc &&
    records.reviews.length === 0 &&
    records.missing.length === 0 &&
    !records.health &&
    !records.care_leaver &&
    records.placed_for_adoption.length === 0
  );
}

function Outcomes({ records }: { records: Records }) {
  const { health, care_leaver: leaver } = records;
  return (
    <dl className="govuk-summary-list">
      {records.uasc ? (
        <SummaryRow label="Unaccompanied asylum-seeking child">
          {records.uasc_ceases_on ? `Yes, until ${formatDate(records.uasc_ceases_on)}` : "Yes"}
        </SummaryRow>
      ) : null}
      {health ? (
        <>
          <SummaryRow label={`SDQ score (year to ${formatDate(health.year_ending)})`}>
            {health.sdq_score?.toString() ?? health.sdq_reason ?? "Not recorded"}
          </SummaryRow>
          <SummaryRow label="Health assessment">{yesNo(health.health_assessment)}</SummaryRow>
          <SummaryRow label="Immunisations up to date">{yesNo(health.immunisations)}</SummaryRow>
          <SummaryRow label="Teeth checked">{yesNo(health.teeth_check)}</SummaryRow>
          <SummaryRow label="Development checks (under 5)">{yesNo(health.health_check)}</SummaryRow>
        </>
      ) : null}
      {leaver ? (
        <>
          <SummaryRow label={`In touch (year to ${formatDate(leaver.year_ending)})`}>
            {leaver.in_touch?.label ?? "Not recorded"}
          </SummaryRow>
          <SummaryRow label="Activity">{leaver.activity ?? "Not recorded"}</SummaryRow>
          <SummaryRow label="Accommodation">{leaver.accommodation ?? "Not recorded"}</SummaryRow>
        </>
      ) : null}
      {records.placed_for_adoption.map((decision) => (
        <SummaryRow
          key={decision.decided_on}
          label={`Decided on ${formatDate(decision.decided_on)} to place for adoption`}
        >
          {decision.ceased_on
            ? `Reversed on ${formatDate(decision.ceased_on)}${decision.reason_ceased ? ` (${decision.reason_ceased})` : ""}`
            : "Still the plan"}
        </SummaryRow>
      ))}
    </dl>
  );
}

function Lists({ records }: { records: Records }) {
  return (
    <>
      {records.reviews.length > 0 ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Reviews</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Date
              </th>
              <th scope="col" className="govuk-table__header">
                How the child took part
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {records.reviews.map((review) => (
              <tr className="govuk-table__row" key={review.held_on}>
                <td className="govuk-table__cell">{formatDate(review.held_on)}</td>
                <td className="govuk-table__cell">
                  {review.participation?.label ?? "Not recorded"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {records.missing.length > 0 ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            Missing or away without authorisation
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                What
              </th>
              <th scope="col" className="govuk-table__header">
                From
              </th>
              <th scope="col" className="govuk-table__header">
                Until
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {records.missing.map((spell) => (
              <tr className="govuk-table__row" key={`${spell.started_on}-${spell.kind.code}`}>
                <td className="govuk-table__cell">{spell.kind.label}</td>
                <td className="govuk-table__cell">{formatDate(spell.started_on)}</td>
                <td className="govuk-table__cell">
                  {spell.ended_on ? formatDate(spell.ended_on) : "No end recorded"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

/** "From the SSDA903 return": what the return's optional files say of the child. */
export function ReturnRecords({ childId }: { childId: string }) {
  const records = useQuery(returnRecordsQueryOptions(childId));
  let body;
  if (records.isPending) body = <LoadingMessage>Loading the return’s records…</LoadingMessage>;
  else if (records.isError) {
    body = <ProblemMessage problem={problemOf(records.error, "The return’s records")} />;
  } else if (isEmpty(records.data)) {
    body = <p className="govuk-body">The SSDA903 return says nothing more about this child.</p>;
  } else {
    body = (
      <>
        <Outcomes records={records.data} />
        <Lists records={records.data} />
      </>
    );
  }
  return (
    <section aria-labelledby="ssda903-records-heading">
      <h2 className="govuk-heading-m" id="ssda903-records-heading">
        From the SSDA903 return
      </h2>
      {body}
    </section>
  );
}
