import type { ReactNode } from "react";
import { Link } from "react-router";

import { WarningText } from "@/components/states/WarningText";
import type { Framework } from "@/lib/current-framework";
import { formatDate, pluralise } from "@/lib/format";
import type { Exclusion, HouseholdMatch, Matches } from "@/features/matching/api/matches";
import { ExcludedHouseholds } from "./ExcludedHouseholds";
import { MatchesTable } from "./MatchesTable";

interface MatchResultsProps {
  framework: Framework;
  childName: string;
  matches: Matches;
  exclusions: readonly Exclusion[] | undefined;
  busy: boolean;
  /** The address with "show households not listed" turned on. */
  showExcludedHref: string;
  excludeActionFor?: (match: HouseholdMatch) => ReactNode;
}

/** The ranked households, how they were ranked, and why others are not listed. */
export function MatchResults({
  framework,
  childName,
  matches,
  exclusions,
  busy,
  showExcludedHref,
  excludeActionFor,
}: MatchResultsProps) {
  const shown = matches.matches.length;
  return (
    <>
      <p className="govuk-body">
        Compared with {childName}’s approved needs
        {matches.assessed_on ? ` of ${formatDate(matches.assessed_on)}` : ""} (framework version{" "}
        {matches.framework_version}).
      </p>
      {matches.location_known ? null : (
        <WarningText>
          Distances are not known: {childName} has no home postcode recorded, so no household is
          left out for distance.
        </WarningText>
      )}
      <div className="govuk-inset-text">
        <h2 className="govuk-heading-s govuk-!-margin-bottom-1">How households are ranked</h2>
        <p className="govuk-body govuk-!-margin-bottom-0">{matches.ranking}</p>
      </div>
      <p className="govuk-body" aria-live="polite">
        {matches.total_eligible === 0
          ? "No household passes the filters."
          : `${pluralise(matches.total_eligible, "household")} can be considered; showing the best ${String(shown)}.`}{" "}
        {matches.total_excluded > 0
          ? `${pluralise(matches.total_excluded, "household")} left out by the filters.`
          : ""}
      </p>
      {shown > 0 ? (
        <MatchesTable
          framework={framework}
          childName={childName}
          matches={matches.matches}
          busy={busy}
          {...(excludeActionFor ? { excludeActionFor } : {})}
        />
      ) : null}
      {matches.total_excluded > 0 || matches.excluded.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">Why other households are not listed</h2>
          {matches.excluded.length > 0 ? (
            <ExcludedHouseholds excluded={matches.excluded} exclusions={exclusions} />
          ) : (
            <p className="govuk-body">
              <Link className="govuk-link" to={showExcludedHref}>
                Show the {pluralise(matches.total_excluded, "household")} not listed, and why
              </Link>
            </p>
          )}
        </>
      ) : null}
    </>
  );
}
