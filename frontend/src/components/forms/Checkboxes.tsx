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
import type { Choice } from "./Radios";

interface CheckboxesProps {
  id: string;
  name: string;
  legend: ReactNode;
  choices: readonly Choice[];
  /** The values ticked; controlled, so one box still gives a list. */
  value: readonly string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  hint?: ReactNode;
  error?: string | undefined;
  small?: boolean;
  disabled?: boolean;
}

/** A GOV.UK checkboxes fieldset: any number of a few choices. */
export function Checkboxes({
  id,
  name,
  legend,
  choices,
  value,
  onChange,
  onBlur,
  hint,
  error,
  small,
  disabled,
}: CheckboxesProps) {
  const toggle = (choice: string, checked: boolean) => {
    const others = value.filter((item) => item !== choice);
    onChange(checked ? [...others, choice] : others);
  };
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <FieldHint id={id}>{hint}</FieldHint>
        <FieldError id={id} message={error} />
        <div className={small ? "govuk-checkboxes govuk-checkboxes--small" : "govuk-checkboxes"}>
          {choices.map((choice, index) => {
            const inputId = choiceId(id, index);
            return (
              <div className="govuk-checkboxes__item" key={choice.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={inputId}
                  name={name}
                  type="checkbox"
                  value={choice.value}
                  checked={value.includes(choice.value)}
                  disabled={disabled}
                  onChange={(event) => {
                    toggle(choice.value, event.target.checked);
                  }}
                  onBlur={onBlur}
                  aria-describedby={choiceHintId(inputId, choice.hint)}
                />
                <ChoiceLabel
                  inputId={inputId}
                  label={choice.label}
                  hint={choice.hint}
                  kind="checkboxes"
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
