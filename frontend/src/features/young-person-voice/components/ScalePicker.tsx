import { Textarea } from "@/components/forms/Textarea";
import type { ChildFramework, SelfRating } from "@/features/young-person-voice/api/my-voice";
import { faceFor } from "./section-labels";

type ChildDomain = ChildFramework["domains"][number];

interface ScalePickerProps {
  domain: ChildDomain;
  rating: SelfRating | undefined;
  onChange: (rating: SelfRating) => void;
}

const NOT_SURE = "not-sure";

/**
 * How the young person sees one area of their life: big radio tiles, each a level in the
 * framework's child-friendly words with a face beside it, "I'm not sure", and room to say it
 * in their own words. A fieldset, so a screen reader names the area with every choice.
 */
export function ScalePicker({ domain, rating, onChange }: ScalePickerProps) {
  const level = rating?.level;
  const words = rating?.words ?? "";
  const name = `rate-${domain.key}`;
  const choices = [
    ...domain.levels.map((choice) => ({
      value: String(choice.level),
      label: choice.child_descriptor,
      face: faceFor(choice.level),
      checked: level === choice.level,
    })),
    {
      value: NOT_SURE,
      label: "I’m not sure",
      face: "🤔",
      checked: rating !== undefined && level === null,
    },
  ];
  return (
    <div className="app-my-rating">
      <fieldset
        className="govuk-fieldset govuk-!-margin-bottom-4"
        aria-describedby={`${name}-hint`}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          {domain.child_name}
        </legend>
        <div id={`${name}-hint`} className="govuk-hint">
          {domain.child_description}
        </div>
        <div className="govuk-radios app-scale">
          {choices.map((choice) => (
            <div className="govuk-radios__item app-scale__item" key={choice.value}>
              <input
                className="govuk-radios__input"
                id={`${name}-${choice.value}`}
                name={name}
                type="radio"
                value={choice.value}
                checked={choice.checked}
                onChange={() => {
                  onChange({
                    level: choice.value === NOT_SURE ? null : Number(choice.value),
                    words,
                  });
                }}
              />
              <label
                className="govuk-label govuk-radios__label"
                htmlFor={`${name}-${choice.value}`}
              >
                <span className="app-scale__face" aria-hidden="true">
                  {choice.face}
                </span>{" "}
                {choice.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <Textarea
        id={`${name}-words`}
        label="In my own words (you don’t have to)"
        rows={2}
        maxLength={500}
        value={words}
        onChange={(event) => {
          onChange({ level: level ?? null, words: event.target.value });
        }}
      />
    </div>
  );
}
