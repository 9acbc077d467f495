import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";

import { isApiErrorWithStatus } from "@/api/api-error";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { NotificationBanner } from "@/components/states/NotificationBanner";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { childName } from "@/lib/child-codes";
import { currentFrameworkQueryOptions } from "@/lib/current-framework";
import { problemOf } from "@/lib/problem";
import { useDocumentTitle } from "@/lib/use-document-title";
import {
  childQueryOptions,
  exclusionsQueryOptions,
  type HouseholdMatch,
  matchesQueryOptions,
} from "@/features/matching/api/matches";
import {
  matchFiltersFrom,
  matchQueryFor,
  searchForMatches,
} from "@/features/matching/api/match-search";
import { ChildExclusions } from "./ChildExclusions";
import { ExcludeHousehold } from "./ExcludeHousehold";
import { MatchFiltersForm } from "./MatchFiltersForm";
import { MatchResults } from "./MatchResults";

interface MatchesViewProps {
  childId: string;
  /** Where the child's assessments are, for a child with none approved yet. */
  assessmentsHref: string;
  /** Whether the person may exclude households for the child (the API decides in the end). */
  canExclude: boolean;
}

/**
 * A child's matches: households ranked against the child's latest approved needs, each
 * opening into the wheel overlay, with the filters kept in the page address.
 */
export function MatchesView({ childId, assessmentsHref, canExclude }: MatchesViewProps) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filters = matchFiltersFrom(params);
  const child = useQuery(childQueryOptions(childId));
  const framework = useQuery(currentFrameworkQueryOptions);
  const matches = useQuery(matchesQueryOptions(childId, matchQueryFor(filters)));
  const exclusions = useQuery(exclusionsQueryOptions(childId));
  const [flash, setFlash] = useState<string | null>(null);
  const name = child.data ? childName(child.data) : undefined;
  useDocumentTitle(name ? `Matches for ${name}` : "Matches");

  if (child.isPending) return <LoadingMessage>Loading matches…</LoadingMessage>;
  if (child.isError) return <ProblemMessage problem={problemOf(child.error, "Matches")} />;
  const who = childName(child.data);
  const base = `/children/${childId}/matches`;

  let body;
  if (isApiErrorWithStatus(matches.error, 409)) {
    body = (
      <div className="govuk-inset-text">
        <h2 className="govuk-heading-m">{who} has no approved needs assessment yet</h2>
        <p className="govuk-body">
          Matching compares a child’s approved needs with what each household can meet. Once a
          manager approves an assessment of {who}’s needs, households are ranked here.
        </p>
        <p className="govuk-body govuk-!-margin-bottom-0">
          <Link className="govuk-link" to={assessmentsHref}>
            Go to {who}’s assessments
          </Link>
        </p>
      </div>
    );
  } else if (matches.isError) {
    body = <ProblemMessage problem={problemOf(matches.error, "Matches")} />;
  } else if (framework.isError) {
    body = <ProblemMessage problem={problemOf(framework.error, "Matches")} />;
  } else if (matches.isPending || framework.isPending) {
    body = <LoadingMessage>Ranking households…</LoadingMessage>;
  } else {
    const excludeActionFor = canExclude
      ? (match: HouseholdMatch) => (
          <ExcludeHousehold
            childId={childId}
            childName={who}
            householdId={match.household.id}
            householdName={match.household.name}
            onExcluded={(household) => {
              setFlash(`${household} is excluded for ${who}. It will not be proposed again.`);
            }}
          />
        )
      : undefined;
    body = (
      <MatchResults
        framework={framework.data}
        childName={who}
        matches={matches.data}
        exclusions={exclusions.data}
        busy={matches.isPlaceholderData}
        showExcludedHref={base + searchForMatches({ ...filters, includeExcluded: true })}
        {...(excludeActionFor ? { excludeActionFor } : {})}
      />
    );
  }

  return (
    <>
      {flash ? <NotificationBanner success heading={flash} /> : null}
      <span className="govuk-caption-l">Matching</span>
      <h1 className="govuk-heading-l">Matches for {who}</h1>
      <MatchFiltersForm
        key={params.toString()}
        filters={filters}
        clearHref={base}
        onApply={(next) => {
          setFlash(null);
          void navigate(base + searchForMatches(next));
        }}
      />
      {body}
      <h2 className="govuk-heading-m">Households excluded for {who}</h2>
      {exclusions.data ? (
        <ChildExclusions
          childId={childId}
          childName={who}
          exclusions={exclusions.data}
          canChange={canExclude}
          onLifted={(household) => {
            setFlash(`The exclusion of ${household} has been lifted.`);
          }}
        />
      ) : exclusions.isError ? (
        <ProblemMessage problem={problemOf(exclusions.error, "Matches")} />
      ) : (
        <LoadingMessage>Loading exclusions…</LoadingMessage>
      )}
    </>
  );
}
