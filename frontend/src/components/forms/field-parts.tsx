import type { ReactNode } from "react";

/** The ids a field's hint and error message get, and the aria-describedby naming both. */
export function describedBy(id: string, hint: ReactNode, error: string | undefined) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  if (!children) return null;
  return (
    <div id={`${id}-hint`} className="govuk-hint">
      {children}
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}

export function formGroupClass(error: string | undefined, extra = ""): string {
  return ["govuk-form-group", error ? "govuk-form-group--error" : "", extra]
    .filter(Boolean)
    .join(" ");
}

interface ChoiceLabelProps {
  inputId: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The GOV.UK component the choice is in, which names its classes. */
  kind: "radios" | "checkboxes";
}

/** The id of a radio's or checkbox's own hint, for its `aria-describedby`. */
export function choiceHintId(inputId: string, hint: ReactNode): string | undefined {
  return hint ? `${inputId}-item-hint` : undefined;
}

/** A radio's or checkbox's label and its hint, after its input. */
export function ChoiceLabel({ inputId, label, hint, kind }: ChoiceLabelProps) {
  return (
    <>
      <label className={`govuk-label govuk-${kind}__label`} htmlFor={inputId}>
        {label}
      </label>
      {hint ? (
        <div id={choiceHintId(inputId, hint)} className={`govuk-hint govuk-${kind}__hint`}>
          {hint}
        </div>
      ) : null}
    </>
  );
}
