import { Link } from "react-router";

import { useAccount } from "@/features/session/api/me";
import { can } from "@/lib/can";
import { useDocumentTitle } from "@/lib/use-document-title";

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
    to: "/analytics/value-summary",
    title: "Value summary",
    about:
      "What the council spends on children in care, how much they need, and what step-down could save.",
  },
  {
    to: "/analytics/need-vs-spend",
    title: "Need vs spend",
    about:
      "Each child’s weighted needs score against their weekly cost, with how closely the two are linked.",
  },
  {
    to: "/analytics/cohort-comparison",
    title: "Cohort comparison",
    about: "How needs scores are spread in each team, sex, age band, ethnicity or placement type.",
  },
  {
    to: "/analytics/needs-over-time",
    title: "Needs over time",
    about: "The average level of need in each domain, quarter by quarter.",
  },
  {
    to: "/analytics/stability",
    title: "Stability",
    about: "Placement moves per child per year, their reasons, and how they follow need.",
  },
  {
    to: "/analytics/distance-from-home",
    title: "Distance from home",
    about: "The share of children placed more than 20 miles from home, by placement type.",
  },
  {
    to: "/analytics/edge-of-care",
    title: "Edge of care",
    about:
      "Children on the edge of care by their needs, and what a month’s delay of their entry to care is worth.",
  },
] as const;

const COST_PAGES = [
  {
    to: "/analytics/edge-of-care",
    title: "Weekly cost assumptions",
    about:
      "The council’s average weekly cost of each placement type, which the edge-of-care estimate assumes.",
  },
] as const;

export function AnalyticsPage() {
  useDocumentTitle("Analytics");
  const me = useAccount();
  const pages = [
    ...(can(me, "analytics.market.read") ? MARKET_PAGES : []),
    ...(can(me, "analytics.value") ? VALUE_PAGES : []),
    ...(can(me, "analytics.cost_assumptions.manage") ? COST_PAGES : []),
    ...(can(me, "matching.plan")
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
