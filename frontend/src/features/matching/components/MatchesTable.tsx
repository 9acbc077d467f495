import type { ReactNode } from "react";

import { ExpandableRows } from "@/components/table/ExpandableRows";
import type { Framework } from "@/lib/current-framework";
import { formatWeeklyFee } from "@/lib/money";
import type { HouseholdMatch } from "@/features/matching/api/matches";
import { distanceText, fitText } from "./match-labels";
import { MatchDetails } from "./MatchDetails";

const COLUMNS = 7;

interface MatchesTableProps {
  framework: Framework;
  childName: string;
  matches: readonly HouseholdMatch[];
  busy?: boolean;
  /** The exclude action for a household, when the person may exclude. */
  excludeActionFor?: (match: HouseholdMatch) => ReactNode;
}

/** Households in rank order; each row opens into the overlay and the per-domain verdicts. */
export function MatchesTable({
  framework,
  childName,
  matches,
  busy = false,
  excludeActionFor,
}: MatchesTableProps) {
  return (
    <table
      className="govuk-table govuk-table--small-text-until-tablet"
      aria-busy={busy || undefined}
    >
      <caption className="govuk-table__caption govuk-table__caption--m">
        Households, best match first
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Household
          </th>
          <th scope="col" className="govuk-table__header">
            Provider
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Fit
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Not met
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Training or support
          </th>
          <th scope="col" className="govuk-table__header">
            Distance
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Fee
          </th>
        </tr>
      </thead>
      {matches.map((match, index) => (
        <ExpandableRows
          key={match.household.id}
          columns={COLUMNS}
          label={
            <>
              <span className="app-rank">{index + 1}.</span>
              {match.household.name}
            </>
          }
          cells={
            <>
              <td className="govuk-table__cell">{match.household.agency_name ?? "In-house"}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{fitText(match.fit)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{match.unmet_count}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {match.support_count}
              </td>
              <td className="govuk-table__cell">
                {distanceText(match.distance_miles, match.distance_km)}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {formatWeeklyFee(match.weekly_fee_pence)}
              </td>
            </>
          }
        >
          <MatchDetails
            framework={framework}
            childName={childName}
            match={match}
            excludeAction={excludeActionFor?.(match)}
          />
        </ExpandableRows>
      ))}
    </table>
  );
}
