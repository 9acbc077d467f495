import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearchParams } from "react-router";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { problemOf } from "@/lib/problem";
import { stepDownQueryOptions } from "@/features/market-analytics/api/analytics";
import {
  placementTypeFrom,
  searchForPlacementType,
} from "@/features/market-analytics/api/placement-search";
import { countText, moneyText } from "./counts";
import { PlacementTypeFilter } from "./PlacementTypeFilter";
import { StepDownByTypeTable, StepDownChildrenTable } from "./StepDownTables";

/**
 * Children in residential care whose approved needs a family with a vacancy could fully
 * meet, with the estimated annual saving. Named children only for those who may see them.
 */
export function StepDownReport() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const placementType = placementTypeFrom(params);
  const report = useQuery(stepDownQueryOptions(placementType));

  let body;
  if (report.isPending) {
    body = <LoadingMessage>Finding children a family could care for…</LoadingMessage>;
  } else if (report.isError) {
    body = <ProblemMessage problem={problemOf(report.error, "The step-down finder")} />;
  } else {
    const data = report.data;
    const totals = [
      ["Children in residential care with approved needs", countText(data.children_considered)],
      ["Never proposed: a need at the highest level", countText(data.children_blocked)],
      ["A family with a vacancy could meet every need", countText(data.children_proposed)],
      ["Estimated annual saving", moneyText(data.total_annual_saving_pence)],
    ] as const;
    body = (
      <>
        <dl className="govuk-summary-list">
          {totals.map(([label, value]) => (
            <div className="govuk-summary-list__row" key={label}>
              <dt className="govuk-summary-list__key">{label}</dt>
              <dd className="govuk-summary-list__value">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="govuk-body-s">
          Savings are (current weekly cost − the household’s weekly fee) × 52, with the best
          household. Placement costs are not recorded yet, so current costs are indicative costs of
          each type of placement, not the council’s spend. Several children may be proposed the same
          household: this shows what the market could do, not a plan.
        </p>
        <StepDownByTypeTable rows={data.by_placement_type} />
        <p className="govuk-body-s">
          To protect children’s privacy, counts of 1 to 4 children are withheld, and beside a total
          one more count is withheld so the first cannot be worked out.
        </p>
        {data.children.length > 0 ? (
          <>
            <StepDownChildrenTable rows={data.children} />
            {data.children_not_listed ? (
              <p className="govuk-body">
                {countText(data.children_not_listed)} more children are not listed because you may
                not see their records.
              </p>
            ) : null}
          </>
        ) : data.children_proposed === 0 ? (
          <p className="govuk-body">
            No child in residential care has a family with a vacancy that meets every need.
          </p>
        ) : (
          <p className="govuk-body">
            Children are not named here: you see totals only.
            {data.children_not_listed
              ? ` ${countText(data.children_not_listed)} children are not listed.`
              : ""}
          </p>
        )}
      </>
    );
  }

  return (
    <>
      <PlacementTypeFilter
        key={placementType}
        value={placementType}
        onApply={(type) => {
          void navigate(`/analytics/step-down${searchForPlacementType(type)}`);
        }}
      />
      {body}
    </>
  );
}
