import { Link } from "react-router";

import { formatPence, formatWeeklyFee } from "@/lib/money";
import type { StepDownByType, StepDownChild } from "@/features/market-analytics/api/analytics";
import { moneyText } from "./counts";

/** Withheld in a group with a shown total: small, or held back so a small one stays hidden. */
function groupCount(count: number | null): string {
  return count === null ? "withheld" : count.toLocaleString("en-GB");
}

/** Totals per residential placement type: what the market could do, in aggregate. */
export function StepDownByTypeTable({ rows }: { rows: readonly StepDownByType[] }) {
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet">
      <caption className="govuk-table__caption govuk-table__caption--m">
        By current placement type
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Placement type
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Indicative cost
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Children considered
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Never proposed (a need at level 4)
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            A family could meet their needs
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Annual saving
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.placement_type}>
            <th scope="row" className="govuk-table__header">
              {row.placement_label} ({row.placement_type})
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {formatWeeklyFee(row.indicative_weekly_cost_pence)}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {groupCount(row.children_considered)}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {groupCount(row.children_blocked)}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {groupCount(row.children_proposed)}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {row.annual_saving_pence === null ? "withheld" : moneyText(row.annual_saving_pence)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The named children a family could care for, biggest saving first, with the best homes. */
export function StepDownChildrenTable({ rows }: { rows: readonly StepDownChild[] }) {
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet">
      <caption className="govuk-table__caption govuk-table__caption--m">
        Children whose needs a family could meet, biggest saving first
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Child
          </th>
          <th scope="col" className="govuk-table__header">
            Now
          </th>
          <th scope="col" className="govuk-table__header">
            Households that meet every need (best first)
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Annual saving
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((child) => (
          <tr className="govuk-table__row" key={child.child_id}>
            <th scope="row" className="govuk-table__header">
              <Link className="govuk-link" to={`/children/${child.child_id}/matches`}>
                {child.name}
              </Link>
              <span className="app-block govuk-body-s govuk-!-margin-bottom-0">
                Age {child.age} · {child.local_child_id}
              </span>
            </th>
            <td className="govuk-table__cell">
              {child.placement_type}
              <span className="app-block govuk-body-s govuk-!-margin-bottom-0">
                {formatWeeklyFee(child.current_weekly_cost_pence)}
                {child.cost_basis === "indicative" ? " (indicative)" : ""}
              </span>
            </td>
            <td className="govuk-table__cell">
              <ol className="govuk-list govuk-list--number govuk-!-margin-bottom-1">
                {child.households.map((option) => (
                  <li key={option.household.id}>
                    <Link className="govuk-link" to={`/carers/${option.household.id}`}>
                      {option.household.name}
                    </Link>
                    , {formatWeeklyFee(option.weekly_fee_pence)}, saves{" "}
                    {formatPence(option.annual_saving_pence)} a year
                  </li>
                ))}
              </ol>
              <span className="govuk-body-s">
                {child.households_meeting_all} with a vacancy in all
              </span>
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {formatPence(child.annual_saving_pence)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
