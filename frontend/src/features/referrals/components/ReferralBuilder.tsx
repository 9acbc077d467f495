import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { ApiError } from "@/api/api-error";
import { ConflictPanel } from "@/components/autosave/ConflictPanel";
import { SaveStatus } from "@/components/autosave/SaveStatus";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { SharedReferralView } from "@/components/referral-snapshot/SharedReferralView";
import { useAutosave } from "@/lib/autosave/use-autosave";
import { CANNOT_REACH, problemOf } from "@/lib/problem";
import { findingMessages } from "@/features/referrals/api/identifying-details";
import { fieldErrorsOf, referralFields } from "@/features/referrals/api/referral-fields";
import {
  previewQueryOptions,
  type Referral,
  referralSteps,
  saveReferral,
  useReferralStep,
} from "@/features/referrals/api/referrals";
import { DraftFields } from "./DraftFields";
import { fieldName, fieldValueText } from "./field-words";
import { NeedsWordsFields, YoungPersonWordsChoice } from "./NeedsWordsFields";

/** The preview loads only when asked, once every change is saved, so it shows them all. */
function Preview({ referral }: { referral: Referral }) {
  const preview = useQuery(previewQueryOptions(referral.id, referral.version));
  if (preview.isPending) return <LoadingMessage>Loading the preview…</LoadingMessage>;
  if (preview.isError) return <ProblemMessage problem={problemOf(preview.error, "The preview")} />;
  return (
    <div className="app-domain-block" data-testid="agency-preview">
      <SharedReferralView snapshot={preview.data} />
    </div>
  );
}

/**
 * A draft referral, saved as it is edited and kept on the device until saved, with a preview
 * of exactly what agencies will read and "Submit for approval". `referral` is read once:
 * remount with a `key` to restart.
 */
export function ReferralBuilder({ referral, ownerId }: { referral: Referral; ownerId: string }) {
  const autosave = useAutosave(
    referralFields,
    referral,
    (body) => saveReferral(referral.id, body),
    {
      ownerId,
    },
  );
  const { draft, server, state } = autosave;
  const [previewing, setPreviewing] = useState(false);
  const [submitError, setSubmitError] = useState<string>();
  const submit = useReferralStep(referral.id, (version: number) =>
    referralSteps.submit(referral.id, version),
  );
  // What the scanner found in the saved text, then what the last save refused.
  const errors = {
    ...findingMessages(server.identifying_details),
    ...(state.kind === "failed" ? fieldErrorsOf(state.error) : {}),
  };

  const flushThen = async (next: () => void) => {
    setSubmitError(undefined);
    if (await autosave.flush()) next();
    else setSubmitError("Your changes are not saved yet. Check the messages and try again.");
  };
  const onSubmit = () =>
    void flushThen(() => {
      submit.mutate(autosave.latest().server.version, {
        onError: (error) => {
          setSubmitError(
            error instanceof ApiError
              ? [error.problem.detail, ...(error.problem.errors ?? []).map((e) => e.message)].join(
                  " ",
                )
              : CANNOT_REACH,
          );
        },
      });
    });

  return (
    <>
      <SaveStatus state={state} what="referral" />
      {state.kind === "conflict" ? (
        <ConflictPanel
          what="referral"
          conflicts={state.conflicts}
          fieldName={(key) => fieldName(server, key)}
          valueText={(key, value) => fieldValueText(server, key, value)}
          onResolve={autosave.resolve}
        />
      ) : null}
      <h2 className="govuk-heading-m">The placement sought</h2>
      <DraftFields draft={draft} onEdit={autosave.edit} errors={errors} />
      <h2 className="govuk-heading-m">Needs and strengths</h2>
      <NeedsWordsFields draft={draft} onEdit={autosave.edit} errors={errors} />
      <h2 className="govuk-heading-m">The young person’s own words</h2>
      <YoungPersonWordsChoice draft={draft} onEdit={autosave.edit} errors={errors} />
      <h2 className="govuk-heading-m">What agencies will see</h2>
      {previewing ? (
        <Preview referral={server} />
      ) : (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() =>
            void flushThen(() => {
              setPreviewing(true);
            })
          }
        >
          Preview what agencies will see
        </button>
      )}
      {submitError ? (
        <div className="govuk-error-summary" role="alert">
          <h2 className="govuk-error-summary__title">The referral was not submitted</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{submitError}</p>
          </div>
        </div>
      ) : null}
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button"
          disabled={submit.isPending}
          onClick={onSubmit}
        >
          Submit for approval
        </button>
      </div>
    </>
  );
}
