import { Link } from "react-router";

import { formatDate } from "@/lib/format";
import { formatWeeklyFee } from "@/lib/money";
import type { HouseholdListItem } from "@/features/carers/api/carers";
import { ageRange, APPROVAL_TYPE_LABELS } from "@/features/carers/api/labels";
import { HouseholdStatusTag } from "./HouseholdStatusTag";

interface CarersTableProps {
  households: readonly HouseholdListItem[];
  busy?: boolean;
}

/** Fostering households as a GOV.UK table: who, approved for what, places free and fee. */
export function CarersTable({ households, busy = false }: CarersTableProps) {
  return (
    <table
      className="govuk-table govuk-table--small-text-until-tablet"
      aria-busy={busy || undefined}
    >
      <caption className="govuk-table__caption govuk-visually-hidden">Fostering households</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Household
          </th>
          <th scope="col" className="govuk-table__header">
            Provider
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
          <th scope="col" className="govuk-table__header">
            Approved for
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Vacancies
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Fee
          </th>
          <th scope="col" className="govuk-table__header">
            Capacity profile
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {households.map((household) => (
          <tr className="govuk-table__row" key={household.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={`/carers/${household.id}`}>
                {household.name}
              </Link>
              <span className="govuk-hint govuk-!-margin-bottom-0 app-block">
                {household.reference}
              </span>
            </td>
            <td className="govuk-table__cell">
              {household.agency ? household.agency.name : "In-house"}
            </td>
            <td className="govuk-table__cell">
              <HouseholdStatusTag status={household.status} />
            </td>
            <td className="govuk-table__cell">
              {ageRange(household.terms)}
              <span className="app-block">
                {household.terms.approved_types
                  .map((type) => APPROVAL_TYPE_LABELS[type])
                  .join(", ")}
              </span>
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {household.vacancies} of {household.terms.places}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {formatWeeklyFee(household.weekly_fee_pence)}
            </td>
            <td className="govuk-table__cell">
              {household.capacity_from
                ? `From ${formatDate(household.capacity_from)}`
                : "Not recorded"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
