import { type MouseEvent, useEffect, useRef } from "react";

/** One line of the error summary: `fieldId` makes it a link that moves focus to the field. */
export interface SummaryError {
  text: string;
  fieldId?: string;
}

interface ErrorSummaryProps {
  errors: readonly SummaryError[];
  /** Bump on every failed submit: the summary then takes focus, so it is read out. */
  focusKey: number;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  // Focus the field itself rather than following the link: a fragment only scrolls.
  event.preventDefault();
  field.focus();
}

/** The GOV.UK error summary at the top of a form, listing what to fix with links to it. */
export function ErrorSummary({ errors, focusKey }: ErrorSummaryProps) {
  const summary = useRef<HTMLDivElement>(null);
  const focusedFor = useRef(0);
  const visible = errors.length > 0;

  // Once per failed submit, as soon as there is something to show: the errors and the bump
  // may arrive in separate renders. Errors changing as the person types never move focus.
  useEffect(() => {
    if (!visible || focusKey <= focusedFor.current) return;
    focusedFor.current = focusKey;
    summary.current?.focus();
  }, [focusKey, visible]);

  if (!visible) return null;
  return (
    <div className="govuk-error-summary" ref={summary} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map(({ text, fieldId }) => (
              <li key={`${fieldId ?? ""}:${text}`}>
                {fieldId ? (
                  <a
                    href={`#${fieldId}`}
                    onClick={(event) => {
                      focusField(event, fieldId);
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
