import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { currentFrameworkQueryOptions } from "@/lib/current-framework";
import { formatDate } from "@/lib/format";
import { problemOf } from "@/lib/problem";
import { useDocumentTitle } from "@/lib/use-document-title";
import { carerQueryOptions } from "@/features/carers/api/carers";
import { AddTrainingForm } from "./AddTrainingForm";
import { CapacityHistory } from "./CapacityHistory";
import { CapacityProfile } from "./CapacityProfile";
import { ApprovalTermsSummary, HouseholdSummary } from "./HouseholdSummary";
import { TrainingRecords } from "./TrainingRecords";

interface CarerProfileProps {
  householdId: string;
  /** Whether the person may change the household (the API decides in the end). */
  canManage: boolean;
}

/**
 * A fostering household's page: who they are, their approval terms and vacancies, their
 * capacity wheel in the needs framework's domains, its history, and their training.
 */
export function CarerProfile({ householdId, canManage }: CarerProfileProps) {
  const household = useQuery(carerQueryOptions(householdId));
  const framework = useQuery(currentFrameworkQueryOptions);
  useDocumentTitle(household.data ? household.data.name : "Household");

  if (household.isPending || framework.isPending) {
    return <LoadingMessage>Loading household…</LoadingMessage>;
  }
  if (household.isError)
    return <ProblemMessage problem={problemOf(household.error, "This household")} />;
  if (framework.isError)
    return <ProblemMessage problem={problemOf(framework.error, "This household")} />;

  const current = household.data;
  const latest = current.capacity_history[0];
  const base = `/carers/${current.id}`;
  return (
    <>
      <span className="govuk-caption-l">{current.agency ? current.agency.name : "In-house"}</span>
      <h1 className="govuk-heading-l">{current.name}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <HouseholdSummary household={current} />
          {canManage ? (
            <p className="govuk-body">
              <Link className="govuk-link" to={`${base}/edit`}>
                Edit details<span className="govuk-visually-hidden"> of {current.name}</span>
              </Link>
            </p>
          ) : null}

          <h2 className="govuk-heading-m">Approval terms and vacancies</h2>
          <ApprovalTermsSummary household={current} />

          <h2 className="govuk-heading-m">Capacity</h2>
          <p className="govuk-body">
            The highest level of need, 0 to 4, the household can meet in each domain with its
            current skills, training and support.
          </p>
          {current.capacity && latest ? (
            <CapacityProfile
              householdName={current.name}
              framework={framework.data}
              levels={current.capacity}
              evidence={latest.evidence}
              effectiveFrom={current.capacity_from ?? latest.effective_from}
            />
          ) : (
            <p className="govuk-body">No capacity profile has been recorded yet.</p>
          )}
          {canManage ? (
            <Link
              className="govuk-button govuk-button--secondary"
              to={`${base}/capacity`}
              role="button"
              draggable={false}
            >
              {latest ? "Update capacity" : "Record capacity"}
            </Link>
          ) : null}

          <h2 className="govuk-heading-m">Capacity history</h2>
          <CapacityHistory framework={framework.data} history={current.capacity_history} />

          <h2 className="govuk-heading-m">Training</h2>
          <TrainingRecords framework={framework.data} training={current.training} />
          {canManage ? (
            <AddTrainingForm householdId={current.id} framework={framework.data} />
          ) : null}

          <p className="govuk-body-s">Last changed {formatDate(current.updated_at)}.</p>
        </div>
      </div>
    </>
  );
}
