import { Link, useNavigate } from "react-router";

import { isApiErrorWithStatus, problemExtension } from "@/api/api-error";
import { Button } from "@/components/forms/Button";
import {
  type AssessmentListItem,
  useStartAssessment,
} from "@/features/assessments/api/assessments";
import { OPEN_STATUSES } from "./status-labels";

interface StartAssessmentProps {
  childId: string;
  /** The child's assessments (any order): an open one is continued, not started again. */
  assessments: readonly AssessmentListItem[];
}

/**
 * "Start a new assessment", copied from the latest approved one when there is one, or
 * "Continue the assessment" when one is already in progress (a child has at most one).
 */
export function StartAssessment({ childId, assessments }: StartAssessmentProps) {
  const navigate = useNavigate();
  const start = useStartAssessment(childId);
  const open = assessments.find((item) => OPEN_STATUSES.includes(item.status));
  const waiting = assessments.find((item) => item.status === "submitted");
  if (open) {
    return (
      <Link className="govuk-button" role="button" draggable={false} to={`/assessments/${open.id}`}>
        Continue the assessment
      </Link>
    );
  }
  if (waiting) return null;
  const fromLatest = assessments.some((item) => item.status === "approved");
  return (
    <>
      <Button
        pending={start.isPending}
        onClick={() => {
          start.mutate(fromLatest, {
            onSuccess: (started) => void navigate(`/assessments/${started.id}`),
            onError: (error) => {
              const existing = isApiErrorWithStatus(error, 409)
                ? problemExtension(error.problem, "existing_assessment_id")
                : undefined;
              if (typeof existing === "string") void navigate(`/assessments/${existing}`);
            },
          });
        }}
      >
        Start a new assessment
      </Button>
      {start.isError && !isApiErrorWithStatus(start.error, 409) ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> The assessment could not be started.
          Try again.
        </p>
      ) : null}
    </>
  );
}
