import { useEffect, useRef } from "react";

export interface StepError {
  text: string;
  /** The step holding the field, and the field's control. */
  step?: number;
  fieldId?: string;
}

interface StepErrorSummaryProps {
  errors: readonly StepError[];
  /** Bump on every failed submit: the summary then takes focus, so it is read out. */
  focusKey: number;
  onJump: (step: number, fieldId: string) => void;
}

/**
 * The GOV.UK error summary for a form spread over steps: each link opens the step with the
 * field and puts focus on it.
 */
export function StepErrorSummary({ errors, focusKey, onJump }: StepErrorSummaryProps) {
  const summary = useRef<HTMLDivElement>(null);
  const visible = errors.length > 0;
  useEffect(() => {
    if (visible && focusKey > 0) summary.current?.focus();
  }, [focusKey, visible]);
  if (!visible) return null;
  return (
    <div className="govuk-error-summary" ref={summary} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map(({ text, step, fieldId }) => (
              <li key={`${fieldId ?? ""}:${text}`}>
                {step !== undefined && fieldId ? (
                  <a
                    href={`#${fieldId}`}
                    onClick={(event) => {
                      event.preventDefault();
                      onJump(step, fieldId);
                    }}
                  >
                    {text}
                  </a>
                ) : (
                  text
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
