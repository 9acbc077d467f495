import { Link } from "react-router";

import type { Exclusion, ExcludedHousehold } from "@/features/matching/api/matches";
import { EXCLUSION_REASON_LABELS } from "./match-labels";

interface ExcludedHouseholdsProps {
  excluded: readonly ExcludedHousehold[];
  /** The child's exclusions, to give the reason recorded for each. */
  exclusions: readonly Exclusion[] | undefined;
}

/** "Why not listed": each household a hard filter left out, with its reasons in words. */
export function ExcludedHouseholds({ excluded, exclusions }: ExcludedHouseholdsProps) {
  if (excluded.length === 0) {
    return <p className="govuk-body">Every active household passed the filters.</p>;
  }
  const recorded = new Map((exclusions ?? []).map((entry) => [entry.household_id, entry.reason]));
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet">
      <caption className="govuk-table__caption govuk-visually-hidden">
        Households not listed, and why
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Household
          </th>
          <th scope="col" className="govuk-table__header">
            Why it is not listed
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {excluded.map(({ household, reasons }) => (
          <tr className="govuk-table__row" key={household.id}>
            <th scope="row" className="govuk-table__header">
              <Link className="govuk-link" to={`/carers/${household.id}`}>
                {household.name}
              </Link>
              <span className="app-block govuk-body-s govuk-!-margin-bottom-0">
                {household.agency_name ?? "In-house"}
              </span>
            </th>
            <td className="govuk-table__cell">
              <ul className="govuk-list govuk-!-margin-bottom-0">
                {reasons.map((reason) => (
                  <li key={reason}>
                    {EXCLUSION_REASON_LABELS[reason]}
                    {reason === "excluded" && recorded.get(household.id)
                      ? `: “${recorded.get(household.id) ?? ""}”`
                      : ""}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
