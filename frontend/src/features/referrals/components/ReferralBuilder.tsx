import { useQuery } from "@tanstack/react-query";
import { useEffect, useState, useSyncExternalStore } from "react";

import { ApiError } from "../../../api/api-error";
import { LoadingMessage } from "../../../components/states/LoadingMessage";
import { ProblemMessage } from "../../../components/states/ProblemMessage";
import { SharedReferralView } from "../../../components/referral-snapshot/SharedReferralView";
import { problemOf } from "../../../lib/problem";
import { ReferralAutosave, type SaveState } from "../api/referral-autosave";
import {
  previewQueryOptions,
  type Referral,
  referralSteps,
  saveReferral,
  useReferralStep,
} from "../api/referrals";
import { DraftFields } from "./DraftFields";
import { NeedsWordsFields, YoungPersonWordsChoice } from "./NeedsWordsFields";

const TIME = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/London",
});

function saveText(state: SaveState): string {
  switch (state.kind) {
    case "idle":
      return "";
    case "saving":
      return "Saving…";
    case "saved":
      return `Saved at ${TIME.format(state.at)}`;
    case "merged":
      return "Saved. Someone else had changed this referral too: your changes were saved on top of theirs.";
    case "failed":
      return `Not saved – ${state.message}`;
  }
}

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
 * A draft referral, saved as it is edited, with a preview of exactly what agencies will
 * read and "Submit for approval". `referral` is read once: remount with a `key` to restart.
 */
export function ReferralBuilder({ referral }: { referral: Referral }) {
  const [autosave] = useState(
    () => new ReferralAutosave(referral, (body) => saveReferral(referral.id, body)),
  );
  useEffect(() => autosave.dispose, [autosave]);
  const { server, state, unsaved } = useSyncExternalStore(autosave.subscribe, autosave.getSnapshot);
  const [previewing, setPreviewing] = useState(false);
  const [submitError, setSubmitError] = useState<string>();
  const submit = useReferralStep(referral.id, (version: number) =>
    referralSteps.submit(referral.id, version),
  );
  const errors = state.kind === "failed" ? state.fields : {};

  const flushThen = async (next: () => void) => {
    setSubmitError(undefined);
    if (await autosave.flush()) next();
    else setSubmitError("Your changes are not saved yet. Check the messages and try again.");
  };
  const onSubmit = () =>
    void flushThen(() => {
      submit.mutate(autosave.getSnapshot().server.version, {
        onError: (error) => {
          setSubmitError(
            error instanceof ApiError
              ? [error.problem.detail, ...(error.problem.errors ?? []).map((e) => e.message)].join(
                  " ",
                )
              : "Kindred could not be reached. Check your connection and try again.",
          );
        },
      });
    });

  return (
    <>
      <div className="app-save-status" aria-live="polite">
        <p className="govuk-body-s">{saveText(state) || (unsaved ? "Not saved yet" : "")}</p>
      </div>
      <h2 className="govuk-heading-m">The placement sought</h2>
      <DraftFields referral={referral} onChange={autosave.edit} errors={errors} />
      <h2 className="govuk-heading-m">Needs and strengths</h2>
      <NeedsWordsFields referral={referral} onChange={autosave.edit} errors={errors} />
      <h2 className="govuk-heading-m">The young person’s own words</h2>
      <YoungPersonWordsChoice referral={referral} onChange={autosave.edit} errors={errors} />
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
