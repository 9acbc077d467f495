import { useState } from "react";

import { Checkboxes } from "../../../components/forms/Checkboxes";
import { Textarea } from "../../../components/forms/Textarea";
import type { Referral, ReferralPatch } from "../api/referrals";

type Changes = Omit<ReferralPatch, "version">;

interface Props {
  referral: Referral;
  onChange: (changes: Changes) => void;
  errors: Record<string, string>;
}

/**
 * Per domain, the words agencies will read about the need and the strength. The levels are
 * the approved assessment's and do not change here.
 */
export function NeedsWordsFields({ referral, onChange, errors }: Props) {
  return (
    <>
      {errors.needs ? <p className="govuk-error-message">{errors.needs}</p> : null}
      {referral.needs.map((need) => (
        <section
          key={need.domain_key}
          className="app-domain-block"
          aria-labelledby={`need-${need.domain_key}`}
        >
          <h3 className="govuk-heading-s" id={`need-${need.domain_key}`}>
            {need.domain_name}: level {need.need_level}
          </h3>
          <Textarea
            id={`needs-text-${need.domain_key}`}
            label={`What the need in ${need.domain_name.toLowerCase()} looks like`}
            rows={2}
            defaultValue={need.needs_text}
            onChange={(event) => {
              onChange({ needs: { [need.domain_key]: { needs_text: event.target.value } } });
            }}
          />
          <Textarea
            id={`strength-notes-${need.domain_key}`}
            label={`Strength in ${need.domain_name.toLowerCase()}`}
            rows={2}
            defaultValue={need.strength_notes}
            onChange={(event) => {
              onChange({ needs: { [need.domain_key]: { strength_notes: event.target.value } } });
            }}
          />
        </section>
      ))}
    </>
  );
}

/** Which of the sections the young person agreed to share go into the referral. */
export function YoungPersonWordsChoice({ referral, onChange, errors }: Props) {
  const [chosen, setChosen] = useState(
    referral.young_person_words.filter((words) => words.included).map((words) => words.section),
  );
  if (referral.young_person_words.length === 0) {
    return (
      <p className="govuk-body">
        The young person has not agreed to share any part of their “About me”, so none of their
        words are in the referral.
      </p>
    );
  }
  return (
    <Checkboxes
      id="young-person-words"
      name="young-person-words"
      legend="Which of the young person’s words to include"
      hint="Only the sections they agreed to share are offered. Agencies read them as written."
      choices={referral.young_person_words.map((words) => ({
        value: words.section,
        label: words.heading,
        hint: words.text,
      }))}
      value={chosen}
      error={errors.young_person_sections}
      onChange={(sections) => {
        setChosen(sections);
        onChange({ young_person_sections: sections });
      }}
    />
  );
}
