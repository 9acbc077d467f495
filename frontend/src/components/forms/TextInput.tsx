import type { ComponentProps, ReactNode } from "react";

import { describedBy, FieldError, FieldHint, formGroupClass } from "./field-parts";

type TextInputProps = Omit<ComponentProps<"input">, "id"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** e.g. "govuk-input--width-20" or "govuk-!-width-two-thirds". */
  widthClass?: string;
};

/** A GOV.UK text input with its label, hint and inline error. */
export function TextInput({
  id,
  label,
  hint,
  error,
  widthClass,
  className,
  type = "text",
  ...inputProps
}: TextInputProps) {
  const classes = ["govuk-input", error ? "govuk-input--error" : "", widthClass ?? "", className]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={formGroupClass(error)}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} message={error} />
      <input
        {...inputProps}
        id={id}
        type={type}
        className={classes}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
