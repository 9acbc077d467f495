import { useState } from "react";

import { Button } from "@/components/forms/Button";
import { Textarea } from "@/components/forms/Textarea";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { KINDRED_UNREACHABLE, problemOf } from "@/lib/problem";
import {
  type Assessment,
  useLifecycleStep,
  useReturnAssessment,
} from "@/features/assessments/api/assessments";

interface ApprovalDecisionProps {
  assessment: Assessment;
  onDecided: (decided: Assessment, outcome: "approved" | "returned") => void;
}

/** A manager's decision: approve, or return for changes with a comment saying what to change. */
export function ApprovalDecision({ assessment, onDecided }: ApprovalDecisionProps) {
  const approve = useLifecycleStep(assessment, "approve");
  const giveBack = useReturnAssessment(assessment);
  const [comment, setComment] = useState("");
  const [commentError, setCommentError] = useState<string>();
  const { can_approve: canApprove, can_return: canReturn } = assessment.permissions;
  const failure = approve.error ?? giveBack.error;
  if (!canApprove && !canReturn) return null;

  return (
    <section className="app-decision" aria-labelledby="decision-heading">
      <h2 className="govuk-heading-m" id="decision-heading">
        Your decision
      </h2>
      {failure ? <ProblemMessage problem={problemOf(failure, KINDRED_UNREACHABLE)} /> : null}
      {canApprove ? (
        <Button
          pending={approve.isPending}
          onClick={() => {
            giveBack.reset();
            approve.mutate(assessment.version, {
              onSuccess: (decided) => {
                onDecided(decided, "approved");
              },
            });
          }}
        >
          Approve
        </Button>
      ) : (
        <p className="govuk-body">
          You cannot approve an assessment you wrote or submitted; another manager can.
        </p>
      )}
      {canReturn ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const text = comment.trim();
            if (!text) {
              setCommentError("Enter what needs to change");
              document.getElementById("return-comment")?.focus();
              return;
            }
            setCommentError(undefined);
            approve.reset();
            giveBack.mutate(
              { version: assessment.version, comment: text },
              {
                onSuccess: (decided) => {
                  onDecided(decided, "returned");
                },
              },
            );
          }}
        >
          <Textarea
            id="return-comment"
            label="What needs to change?"
            labelClassName="govuk-label--s"
            hint="Required to return the assessment. The practitioner sees this when they open it."
            rows={4}
            maxLength={5000}
            value={comment}
            error={commentError}
            onChange={(event) => {
              setComment(event.target.value);
            }}
          />
          <Button type="submit" variant="secondary" pending={giveBack.isPending}>
            Return with comment
          </Button>
        </form>
      ) : null}
    </section>
  );
}
