import { useEffect, useRef } from "react";
import { Link } from "react-router";

import { WarningText } from "@/components/states/WarningText";
import { domainName, type Framework } from "@/lib/current-framework";
import { formatWeeklyFee } from "@/lib/money";
import { PLACEMENT_TYPE_LABELS } from "@/lib/placement-types";
import type { Plan, PlanUnmatchedReason } from "@/features/market-analytics/api/analytics";

const UNMATCHED_REASONS = {
  no_household_fits_terms:
    "No household fits the terms: age, approval, a vacancy, exclusions or distance",
  needs_unmet_everywhere: "Every household that fits the terms leaves a need unmet",
  places_used_by_others: "The places that could meet their needs went to other children",
  no_approved_assessment: "No approved needs assessment to match on",
  not_in_care: "Not in care",
} as const satisfies Record<PlanUnmatchedReason, string>;

const PLAN_HEADINGS = [
  "Child",
  "Household",
  "Fit",
  "Training or support needed in",
  "Distance",
  "Fee",
] as const;

function distanceText(km: number | null): string {
  if (km === null) return "Not known";
  return `${(km / 1.609344).toFixed(1)} miles (${km.toFixed(1)} km)`;
}

/** The suggested plan: who could go where, and who could not, with why. */
export function PlanResult({ plan, framework }: { plan: Plan; framework: Framework | undefined }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A new plan is news: take focus to it, so it is read out and the keyboard lands there.
  useEffect(() => {
    heading.current?.focus();
  }, [plan]);
  return (
    <section aria-labelledby="plan-result">
      <h2 className="govuk-heading-l" id="plan-result" ref={heading} tabIndex={-1}>
        Suggested plan
      </h2>
      <WarningText>
        A suggestion for people to decide on. Nothing has been placed, reserved or changed.
      </WarningText>
      <dl className="govuk-summary-list">
        {(
          [
            ["Type of placement", PLACEMENT_TYPE_LABELS[plan.placement_type]],
            ["Children", plan.children_requested.toLocaleString("en-GB")],
            ["Could be placed", plan.children_placed.toLocaleString("en-GB")],
            ["No household suggested", plan.children_unmatched.toLocaleString("en-GB")],
            [
              "Weekly fees of the households suggested",
              formatWeeklyFee(plan.total_weekly_fee_pence),
            ],
          ] as const
        ).map(([label, value]) => (
          <div className="govuk-summary-list__row" key={label}>
            <dt className="govuk-summary-list__key">{label}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      {plan.assignments.length > 0 ? (
        <table className="govuk-table govuk-table--small-text-until-tablet">
          <caption className="govuk-table__caption govuk-table__caption--m">
            Suggested households
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {PLAN_HEADINGS.map((heading) => (
                <th scope="col" className="govuk-table__header" key={heading}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {plan.assignments.map((placement) => (
              <tr className="govuk-table__row" key={placement.child.id}>
                <th scope="row" className="govuk-table__header">
                  <Link className="govuk-link" to={`/children/${placement.child.id}/matches`}>
                    {placement.child.name}
                  </Link>
                </th>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/carers/${placement.household.id}`}>
                    {placement.household.name}
                  </Link>
                  <span className="app-block govuk-body-s govuk-!-margin-bottom-0">
                    {placement.household.agency_name ?? "In-house"}
                  </span>
                </td>
                <td className="govuk-table__cell">{Math.round(placement.fit)}%</td>
                <td className="govuk-table__cell">
                  {placement.support_domains.length === 0
                    ? "None"
                    : placement.support_domains
                        .map((key) => (framework ? domainName(framework, key) : key))
                        .join(", ")}
                </td>
                <td className="govuk-table__cell">{distanceText(placement.distance_km)}</td>
                <td className="govuk-table__cell">{formatWeeklyFee(placement.weekly_fee_pence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {plan.unmatched.length > 0 ? (
        <table className="govuk-table govuk-table--small-text-until-tablet">
          <caption className="govuk-table__caption govuk-table__caption--m">
            Children with no household suggested, and why
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Child
              </th>
              <th scope="col" className="govuk-table__header">
                Why
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Households with no unmet need
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {plan.unmatched.map((entry) => (
              <tr className="govuk-table__row" key={entry.child.id}>
                <th scope="row" className="govuk-table__header">
                  <Link className="govuk-link" to={`/children/${entry.child.id}/matches`}>
                    {entry.child.name}
                  </Link>
                </th>
                <td className="govuk-table__cell">{UNMATCHED_REASONS[entry.reason]}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {entry.eligible_households}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
