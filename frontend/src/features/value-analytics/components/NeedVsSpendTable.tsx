import { Link } from "react-router";

import { formatWeeklyFee } from "@/lib/money";
import type { NeedVsSpendPoint } from "@/features/value-analytics/api/need-vs-spend";

interface NeedVsSpendTableProps {
  points: readonly NeedVsSpendPoint[];
  /** Whether points name their child (managers); commissioners see figures only. */
  named: boolean;
}

/** The scatter's figures as a table: one row per child, by score. */
export function NeedVsSpendTable({ points, named }: NeedVsSpendTableProps) {
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet">
      <caption className="govuk-table__caption govuk-table__caption--m">
        Needs score and weekly cost per child
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {named ? "Child" : "Row"}
          </th>
          <th scope="col" className="govuk-table__header">
            Placement type
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Weighted needs score
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Weekly cost
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {points.map((point, index) => (
          <tr className="govuk-table__row" key={point.child_id ?? index}>
            <th scope="row" className="govuk-table__header">
              {named && point.child_id ? (
                <Link className="govuk-link" to={`/children/${point.child_id}`}>
                  {point.child_name}
                </Link>
              ) : (
                String(index + 1)
              )}
            </th>
            <td className="govuk-table__cell">{point.placement_type ?? "Not recorded"}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {point.score.toFixed(1)}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {formatWeeklyFee(point.weekly_cost_pence)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
