import type { ComponentProps, ReactNode } from "react";

import { describedBy, FieldError, FieldHint, formGroupClass } from "./field-parts";

type PartProps = Omit<ComponentProps<"input">, "id" | "type" | "className">;

interface DateInputProps {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  day: PartProps;
  month: PartProps;
  year: PartProps;
}

const PARTS = [
  { key: "day", label: "Day", width: 2 },
  { key: "month", label: "Month", width: 2 },
  { key: "year", label: "Year", width: 4 },
] as const;

/** The GOV.UK date input: day, month and year as three boxes, never a date picker. */
export function DateInput({ id, legend, hint, error, ...parts }: DateInputProps) {
  return (
    <div className={formGroupClass(error)}>
      <fieldset
        className="govuk-fieldset"
        role="group"
        aria-describedby={describedBy(id, hint, error)}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <FieldHint id={id}>{hint}</FieldHint>
        <FieldError id={id} message={error} />
        <div className="govuk-date-input">
          {PARTS.map(({ key, label, width }, index) => {
            // The day box takes the group's id, so an error summary link lands on it.
            const inputId = index === 0 ? id : `${id}-${key}`;
            return (
              <div className="govuk-date-input__item" key={key}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={inputId}>
                    {label}
                  </label>
                  <input
                    {...parts[key]}
                    id={inputId}
                    type="text"
                    inputMode="numeric"
                    className={`govuk-input govuk-date-input__input govuk-input--width-${String(width)}${error ? " govuk-input--error" : ""}`}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
