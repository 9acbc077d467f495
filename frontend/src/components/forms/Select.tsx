import type { ComponentProps, ReactNode } from "react";

import { describedBy, FieldError, FieldHint, formGroupClass } from "./field-parts";

export interface SelectOption {
  value: string;
  label: string;
}

type SelectProps = Omit<ComponentProps<"select">, "id" | "children"> & {
  id: string;
  label: ReactNode;
  options: readonly SelectOption[];
  hint?: ReactNode;
  error?: string | undefined;
};

/** A GOV.UK select. Use it for filters; radios suit a choice among a few. */
export function Select({
  id,
  label,
  options,
  hint,
  error,
  className,
  ...selectProps
}: SelectProps) {
  const classes = ["govuk-select", error ? "govuk-select--error" : "", className]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={formGroupClass(error)}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} message={error} />
      <select
        {...selectProps}
        id={id}
        className={classes}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
