import { type ReactNode, useEffect, useRef, useState } from "react";

import { ConflictPanel } from "@/components/autosave/ConflictPanel";
import { SaveStatus } from "@/components/autosave/SaveStatus";
import { Button } from "@/components/forms/Button";
import { NotificationBanner } from "@/components/states/NotificationBanner";
import { clearDraft, deviceStorage } from "@/lib/autosave/device-drafts";
import { useAutosave } from "@/lib/autosave/use-autosave";
import type { Framework } from "@/lib/current-framework";
import { useDocumentTitle } from "@/lib/use-document-title";
import {
  type Assessment,
  useLifecycleStep,
  useSaveAssessment,
} from "@/features/assessments/api/assessments";
import { assessmentFields, domainKey, storageKey } from "@/features/assessments/api/draft-changes";
import { DomainStep } from "./DomainStep";
import { fieldName, fieldValueText } from "./field-words";
import { FinalStep } from "./FinalStep";
import { PreviousLevel } from "./PreviousLevel";
import { StepErrorSummary } from "./StepErrorSummary";
import { StepList } from "./StepList";
import { checksOf, type DomainErrors, errorsFromProblem, summaryOf } from "./submit-checks";

interface AssessmentEditorProps {
  initial: Assessment;
  /** The signed-in person: their unsaved edits are kept on the device apart from others'. */
  ownerId: string;
  framework: Framework;
  childName: string;
  /** 1 to the number of domains for a domain; one more for the summary and submit step. */
  step: number;
  hrefFor: (step: number) => string;
  onStep: (step: number) => void;
  onSubmitted: (submitted: Assessment) => void;
  /** Shown beside a domain's step, under the previous level: e.g. the young person's view. */
  besideDomain?: ((domainKey: string) => ReactNode) | undefined;
}

const NOT_SAVED =
  "Your latest changes are not saved yet. Check your connection, then submit again.";

/**
 * Fill in an assessment one domain at a time, saved as you go, then submit it for approval.
 * Moving between steps puts focus on the step's heading, so keyboard and screen reader users
 * start at the top of each domain.
 */
export function AssessmentEditor(props: AssessmentEditorProps) {
  const { initial, ownerId, framework, childName, step, hrefFor, onStep, onSubmitted } = props;
  const { besideDomain } = props;
  const save = useSaveAssessment(initial.id);
  const autosave = useAutosave(assessmentFields, initial, save.mutateAsync, { ownerId });
  const submit = useLifecycleStep(initial, "submit");
  const [errors, setErrors] = useState<DomainErrors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusTarget = useRef<string | null>(null);
  const shownStep = useRef(step);

  const total = framework.domains.length;
  const domain = framework.domains[step - 1];
  const draftDomain = autosave.draft.domains.find((candidate) => candidate.key === domain?.key);
  const title = domain ? domain.name : "Summary and submit";
  useDocumentTitle(`${title} – Assessment for ${childName}`);

  useEffect(() => {
    if (shownStep.current === step && focusTarget.current === null) return;
    shownStep.current = step;
    const target = focusTarget.current ? document.getElementById(focusTarget.current) : null;
    focusTarget.current = null;
    (target ?? heading.current)?.focus();
  }, [step]);

  const goTo = (target: number, fieldId?: string) => {
    focusTarget.current = fieldId ?? null;
    onStep(target);
  };

  const onSubmit = async () => {
    setSubmitting(true);
    setOtherErrors([]);
    const saved = await autosave.flush();
    const { server } = autosave.latest();
    const missing = saved ? checksOf(server) : {};
    if (!saved || Object.keys(missing).length > 0) {
      setErrors(missing);
      setOtherErrors(saved ? [] : [NOT_SAVED]);
      setFocusKey((key) => key + 1);
      setSubmitting(false);
      return;
    }
    // Awaited rather than per-call callbacks: the saved answer makes the page show the
    // assessment read-only, which unmounts this editor before such callbacks would run.
    try {
      const submitted = await submit.mutateAsync(server.version);
      clearDraft(deviceStorage(), storageKey(submitted.id, ownerId));
      onSubmitted(submitted);
    } catch (error) {
      const found = errorsFromProblem(error);
      setErrors(found.domains);
      setOtherErrors(found.other);
      setFocusKey((key) => key + 1);
      setSubmitting(false);
    }
  };

  const summary = [...summaryOf(autosave.draft, errors), ...otherErrors.map((text) => ({ text }))];

  return (
    <>
      {initial.status === "returned" && initial.return_comment ? (
        <NotificationBanner heading="Returned by the manager for changes">
          <p className="govuk-body">{initial.return_comment}</p>
        </NotificationBanner>
      ) : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {step > total ? (
            <StepErrorSummary errors={summary} focusKey={focusKey} onJump={goTo} />
          ) : null}
          <span className="govuk-caption-l">
            {domain ? `Domain ${String(step)} of ${String(total)}` : `Assessment for ${childName}`}
          </span>
          <h1 className="govuk-heading-l" ref={heading} tabIndex={-1}>
            {title}
          </h1>
          <SaveStatus state={autosave.state} what="assessment" />
          {autosave.state.kind === "conflict" ? (
            <ConflictPanel
              what="assessment"
              conflicts={autosave.state.conflicts}
              fieldName={(key) => fieldName(framework, key)}
              valueText={(key, value) => fieldValueText(framework, key, value)}
              onResolve={autosave.resolve}
            />
          ) : null}
          {domain && draftDomain ? (
            <DomainStep
              framework={framework}
              domain={domain}
              value={draftDomain}
              evidenceFromLevel={initial.evidence_from_level}
              errors={errors[domain.key]}
              onEdit={(field, value) => {
                autosave.edit(domainKey(domain.key, field), value);
                if (errors[domain.key]?.[field as "need_level" | "evidence"]) {
                  setErrors((current) => ({ ...current, [domain.key]: undefined }));
                }
              }}
            />
          ) : (
            <FinalStep draft={autosave.draft} onEdit={autosave.edit} />
          )}
          <div className="govuk-button-group">
            {step <= total ? (
              <button
                type="button"
                className="govuk-button"
                onClick={() => {
                  goTo(step + 1);
                }}
              >
                {step === total ? "Next: summary" : "Next domain"}
              </button>
            ) : (
              <Button pending={submitting} onClick={() => void onSubmit()}>
                Submit for approval
              </Button>
            )}
            {step > 1 ? (
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => {
                  goTo(step - 1);
                }}
              >
                {step > total ? "Back to the last domain" : "Previous domain"}
              </button>
            ) : null}
          </div>
        </div>
        <div className="govuk-grid-column-one-third">
          {domain ? (
            <PreviousLevel
              framework={framework}
              previous={autosave.server.previous_approved}
              domainKey={domain.key}
              domainName={domain.name}
            />
          ) : null}
          {domain && besideDomain ? besideDomain(domain.key) : null}
          <StepList
            draft={autosave.draft}
            step={step}
            errors={errors}
            hrefFor={hrefFor}
            onStep={(target) => {
              goTo(target);
            }}
          />
        </div>
      </div>
    </>
  );
}
