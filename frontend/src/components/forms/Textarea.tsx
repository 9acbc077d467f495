import type { ComponentProps, ReactNode } from "react";

import { describedBy, FieldError, FieldHint, formGroupClass } from "./field-parts";

type TextareaProps = Omit<ComponentProps<"textarea">, "id"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** A smaller, bold-free label, e.g. for a box inside a fieldset. */
  labelClassName?: string;
};

/** A GOV.UK textarea with its label, hint and inline error. */
export function Textarea({
  id,
  label,
  hint,
  error,
  labelClassName,
  className,
  rows = 4,
  ...textareaProps
}: TextareaProps) {
  const classes = ["govuk-textarea", error ? "govuk-textarea--error" : "", className]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={formGroupClass(error)}>
      <label
        className={labelClassName ? `govuk-label ${labelClassName}` : "govuk-label"}
        htmlFor={id}
      >
        {label}
      </label>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} message={error} />
      <textarea
        {...textareaProps}
        id={id}
        rows={rows}
        className={classes}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
