import type { ReactNode } from "react";

import { choiceId } from "./choice-ids";
import {
  choiceHintId,
  ChoiceLabel,
  describedBy,
  FieldError,
  FieldHint,
  formGroupClass,
} from "./field-parts";

export interface RadioChoice {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

interface ChoiceRadiosProps {
  id: string;
  name: string;
  legend: ReactNode;
  legendClassName?: string;
  choices: readonly RadioChoice[];
  /** The value chosen, or null for none yet. */
  value: string | null;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  small?: boolean;
}

/**
 * Controlled GOV.UK radios: arrow keys move between choices and choose, as native radios
 * do; each choice's hint (a level's descriptor) is read with it.
 */
export function ChoiceRadios({
  id,
  name,
  legend,
  legendClassName = "govuk-fieldset__legend--s",
  choices,
  value,
  onChange,
  hint,
  error,
  small = false,
}: ChoiceRadiosProps) {
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend ${legendClassName}`}>{legend}</legend>
        <FieldHint id={id}>{hint}</FieldHint>
        <FieldError id={id} message={error} />
        <div className={small ? "govuk-radios govuk-radios--small" : "govuk-radios"}>
          {choices.map((choice, index) => {
            const inputId = choiceId(id, index);
            return (
              <div className="govuk-radios__item" key={choice.value}>
                <input
                  className="govuk-radios__input"
                  id={inputId}
                  name={name}
                  type="radio"
                  value={choice.value}
                  checked={value === choice.value}
                  onChange={() => {
                    onChange(choice.value);
                  }}
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
