import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useSearchParams } from "react-router";

import { BarChart } from "@/components/charts/BarChart";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { problemOf } from "@/lib/problem";
import {
  type TrainingGap,
  trainingGapsQueryOptions,
} from "@/features/market-analytics/api/analytics";
import {
  placementTypeFrom,
  searchForPlacementType,
} from "@/features/market-analytics/api/placement-search";
import { countText } from "./counts";
import { PlacementTypeFilter } from "./PlacementTypeFilter";

function TrainingGapsTable({ domains }: { domains: readonly TrainingGap[] }) {
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet">
      <caption className="govuk-table__caption govuk-table__caption--m">
        Children who would gain a household, and whom to train, by domain
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Domain
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Children who would gain a household
          </th>
          <th scope="col" className="govuk-table__header">
            Households to train one level up
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {domains.map((gap) => (
          <tr className="govuk-table__row" key={gap.domain_key}>
            <th scope="row" className="govuk-table__header">
              {gap.domain_name}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {countText(gap.children_gaining)}
            </td>
            <td className="govuk-table__cell">
              {gap.households.length === 0 ? (
                "None"
              ) : (
                <ul className="govuk-list govuk-!-margin-bottom-0">
                  {gap.households.map((household) => (
                    <li key={household.id}>
                      <Link className="govuk-link" to={`/carers/${household.id}`}>
                        {household.name}
                      </Link>{" "}
                      ({household.agency_name ?? "in-house"}), now at {household.capacity}
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Per domain: how many children with no household that meets all their needs would gain
 * one if the households one level short in that domain were trained, and which those are.
 */
export function TrainingGapsReport() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const placementType = placementTypeFrom(params);
  const report = useQuery(trainingGapsQueryOptions(placementType));

  let body;
  if (report.isPending) {
    body = <LoadingMessage>Working out training gaps…</LoadingMessage>;
  } else if (report.isError) {
    body = <ProblemMessage problem={problemOf(report.error, "Training gaps")} />;
  } else {
    const { domains, children_considered: considered } = report.data;
    body = (
      <>
        <p className="govuk-body">
          Of {countText(considered)} children in care with approved needs. A child can count in more
          than one domain. Counts of 1 to 4 children are shown as “fewer than 5” to protect their
          privacy.
        </p>
        <BarChart
          title="Children who would gain a household that meets all their needs, by domain trained"
          description="One bar per needs domain; the table that follows gives the same figures with the households to train."
          bars={domains.map((gap) => ({
            key: gap.domain_key,
            label: gap.domain_name,
            value: gap.children_gaining,
            valueText: countText(gap.children_gaining),
          }))}
        />
        <TrainingGapsTable domains={domains} />
      </>
    );
  }

  return (
    <>
      <PlacementTypeFilter
        key={placementType}
        value={placementType}
        onApply={(type) => {
          void navigate(`/analytics/training-gaps${searchForPlacementType(type)}`);
        }}
      />
      {body}
    </>
  );
}
