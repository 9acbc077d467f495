import { Link } from "react-router";

import {
  canPlanPlacements,
  canReadMarketAnalytics,
} from "../../features/market-analytics/api/permissions";
import { canReadValueAnalytics } from "../../features/value-analytics/api/permissions";
import { useAccount } from "../../features/session/api/me";
import { useDocumentTitle } from "../../lib/use-document-title";

const MARKET_PAGES = [
  {
    to: "/analytics/step-down",
    title: "Step-down finder",
    about:
      "Children in residential care whose needs a family with a vacancy could meet, with the estimated annual saving.",
  },
  {
    to: "/analytics/training-gaps",
    title: "Training gaps",
    about:
      "Per needs domain, how many children would gain a household that meets all their needs if carers one level short were trained, and which carers.",
  },
  {
    to: "/analytics/sufficiency",
    title: "Sufficiency",
    about:
      "Children’s needs per domain and level against the households and places able to meet them: the gaps in the market.",
  },
] as const;

const VALUE_PAGES = [
  {
    to: "/analytics/need-vs-spend",
    title: "Need vs spend",
    about:
      "Each child’s weighted needs score against their weekly cost, with how closely the two are linked.",
  },
] as const;

export function AnalyticsPage() {
  useDocumentTitle("Analytics");
  const me = useAccount();
  const pages = [
    ...(canReadMarketAnalytics(me.role) ? MARKET_PAGES : []),
    ...(canReadValueAnalytics(me.role) ? VALUE_PAGES : []),
    ...(canPlanPlacements(me.role)
      ? [
          {
            to: "/matching/plan",
            title: "Plan placements for a group of children",
            about:
              "A suggested assignment of children to households that places the most children and fits them best. A suggestion for people to decide on.",
          },
        ]
      : []),
  ];
  return (
    <>
      <h1 className="govuk-heading-l">Analytics</h1>
      <p className="govuk-body">
        The fostering market in the same needs language as children’s assessments.
      </p>
      {pages.length === 0 ? (
        <p className="govuk-body">Your role has no analytics to see.</p>
      ) : (
        <ul className="govuk-list">
          {pages.map((page) => (
            <li key={page.to} className="govuk-!-margin-bottom-4">
              <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
                <Link className="govuk-link" to={page.to}>
                  {page.title}
                </Link>
              </h2>
              <p className="govuk-body">{page.about}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
