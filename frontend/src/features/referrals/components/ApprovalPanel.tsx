import { useState } from "react";

import { ConfirmDialog } from "@/components/dialogs/ConfirmDialog";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Textarea } from "@/components/forms/Textarea";
import { type Action, can } from "@/lib/can";
import { problemFields, type ProblemFields } from "@/features/referrals/api/problem-fields";
import { type Referral, referralSteps, useReferralStep } from "@/features/referrals/api/referrals";
import { AgencyChoice } from "./AgencyChoice";

/** Who is looking: the approval rules depend on it. */
export interface Viewer {
  id: string;
  actions: readonly Action[];
}

const NO_PROBLEM: ProblemFields = { fields: {}, others: [] };

/** Why there is no "Approve" button, so nobody hunts for it. */
function whyNoApproval(referral: Referral, me: Viewer): string {
  const own = referral.created_by.id === me.id || referral.submitted_by?.id === me.id;
  if (can(me, "referrals.decide") && own) {
    return "You wrote or submitted this referral, so another manager must approve it.";
  }
  return "A manager approves it before anything leaves the council.";
}

interface ApprovalPanelProps {
  referral: Referral;
  me: Viewer;
  /** Told what was done, in one line, once the decision is made. */
  onDecided: (message: string) => void;
}

const agencyCount = (count: number) =>
  count === 1 ? "1 partner agency" : `${String(count)} partner agencies`;

/**
 * A manager's decision on a submitted referral: approve it and choose the partner agencies
 * that receive it (after confirming), or return it with a comment saying what to change.
 */
export function ApprovalPanel({ referral, me, onDecided }: ApprovalPanelProps) {
  const [agencies, setAgencies] = useState<string[]>([]);
  const [comment, setComment] = useState("");
  const [problem, setProblem] = useState(NO_PROBLEM);
  const [focusKey, setFocusKey] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const approve = useReferralStep(referral.id, (agencyIds: string[]) =>
    referralSteps.approve(referral.id, { version: referral.version, agency_ids: agencyIds }),
  );
  const giveBack = useReferralStep(referral.id, (text: string) =>
    referralSteps.returnForChanges(referral.id, { version: referral.version, comment: text }),
  );
  const failed = (next: ProblemFields) => {
    setProblem(next);
    setFocusKey((key) => key + 1);
  };
  const onError = (error: unknown) => {
    setConfirming(false);
    failed(problemFields(error, ["agency_ids", "comment"]));
  };
  // The promise settles even when the referral's new status has replaced this panel.
  const decided = (step: Promise<unknown>, message: string) => {
    step.then(() => {
      onDecided(message);
    }, onError);
  };

  if (!referral.permissions.can_approve && !referral.permissions.can_return) {
    return (
      <div className="govuk-inset-text">
        <p className="govuk-body">
          Waiting for a manager’s approval. {whyNoApproval(referral, me)}
        </p>
      </div>
    );
  }
  const summary = [
    ...(problem.fields.agency_ids
      ? [{ text: problem.fields.agency_ids, fieldId: "agencies" }]
      : []),
    ...(problem.fields.comment
      ? [{ text: problem.fields.comment, fieldId: "return-comment" }]
      : []),
    ...problem.others.map((text) => ({ text })),
  ];
  return (
    <>
      <ErrorSummary errors={summary} focusKey={focusKey} />
      {referral.permissions.can_approve ? (
        <>
          <h2 className="govuk-heading-m">Approve and share</h2>
          <AgencyChoice value={agencies} onChange={setAgencies} error={problem.fields.agency_ids} />
          <button
            type="button"
            className="govuk-button"
            disabled={approve.isPending}
            onClick={() => {
              if (agencies.length === 0) {
                failed({
                  fields: { agency_ids: "Select at least one partner agency" },
                  others: [],
                });
              } else {
                setConfirming(true);
              }
            }}
          >
            Approve and share
          </button>
          <ConfirmDialog
            open={confirming}
            title={`Approve and share ${referral.reference}?`}
            confirmLabel="Yes, approve and share"
            busy={approve.isPending}
            onCancel={() => {
              setConfirming(false);
            }}
            onConfirm={() => {
              decided(
                approve.mutateAsync(agencies),
                `Referral ${referral.reference} was approved and shared with ${agencyCount(agencies.length)}.`,
              );
            }}
          >
            <p className="govuk-body">
              {agencyCount(agencies.length)} will receive the pseudonymous snapshot exactly as
              shown. It is frozen now: later changes never reach them.
            </p>
          </ConfirmDialog>
        </>
      ) : (
        <p className="govuk-body">{whyNoApproval(referral, me)}</p>
      )}
      {referral.permissions.can_return ? (
        <>
          <h2 className="govuk-heading-m">Return for changes</h2>
          <Textarea
            id="return-comment"
            label="What needs to change"
            rows={3}
            value={comment}
            error={problem.fields.comment}
            onChange={(event) => {
              setComment(event.target.value);
            }}
          />
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            disabled={giveBack.isPending}
            onClick={() => {
              if (!comment.trim()) {
                failed({ fields: { comment: "Enter what needs to change" }, others: [] });
              } else {
                decided(
                  giveBack.mutateAsync(comment),
                  `Referral ${referral.reference} was returned for changes.`,
                );
              }
            }}
          >
            Return for changes
          </button>
        </>
      ) : null}
    </>
  );
}
