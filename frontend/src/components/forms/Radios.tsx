import type { ComponentProps, ReactNode } from "react";

import { choiceId } from "./choice-ids";
import {
  choiceHintId,
  ChoiceLabel,
  describedBy,
  FieldError,
  FieldHint,
  formGroupClass,
} from "./field-parts";

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

interface RadiosProps {
  id: string;
  legend: ReactNode;
  choices: readonly Choice[];
  hint?: ReactNode;
  error?: string | undefined;
  small?: boolean;
  /** Props for every radio, e.g. what react-hook-form's register() returns. */
  inputProps: Omit<ComponentProps<"input">, "id" | "type" | "value">;
}

/** A GOV.UK radios fieldset: one choice of a few. */
export function Radios({ id, legend, choices, hint, error, small, inputProps }: RadiosProps) {
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <FieldHint id={id}>{hint}</FieldHint>
        <FieldError id={id} message={error} />
        <div className={small ? "govuk-radios govuk-radios--small" : "govuk-radios"}>
          {choices.map((choice, index) => {
            const inputId = choiceId(id, index);
            return (
              <div className="govuk-radios__item" key={choice.value}>
                <input
                  {...inputProps}
                  className="govuk-radios__input"
                  id={inputId}
                  type="radio"
                  value={choice.value}
                  aria-describedby={choiceHintId(inputId, choice.hint)}
                />
                <ChoiceLabel
                  inputId={inputId}
                  label={choice.label}
                  hint={choice.hint}
                  kind="radios"
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
