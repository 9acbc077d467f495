import { Checkboxes } from "@/components/forms/Checkboxes";
import { Textarea } from "@/components/forms/Textarea";
import type { FieldValue } from "@/lib/autosave/field-changes";
import {
  includedSections,
  NEED_FIELDS,
  needKey,
  type ReferralFieldKey,
  SECTIONS,
} from "@/features/referrals/api/referral-fields";
import { youngPersonMessages } from "@/features/referrals/api/identifying-details";
import type { Referral } from "@/features/referrals/api/referrals";
import { needLabel, SECTIONS_LABEL } from "./field-words";

interface Props {
  /** The referral with the unsaved edits: what the fields show. */
  draft: Referral;
  onEdit: (key: ReferralFieldKey, value: FieldValue) => void;
  errors: Record<string, string>;
}

/**
 * Per domain, the words agencies will read about the need and the strength. The levels are
 * the approved assessment's and do not change here.
 */
export function NeedsWordsFields({ draft, onEdit, errors }: Props) {
  return (
    <>
      {errors.needs ? <p className="govuk-error-message">{errors.needs}</p> : null}
      {draft.needs.map((need) => (
        <section
          key={need.domain_key}
          className="app-domain-block"
          aria-labelledby={`need-${need.domain_key}`}
        >
          <h3 className="govuk-heading-s" id={`need-${need.domain_key}`}>
            {need.domain_name}: level {need.need_level}
          </h3>
          {NEED_FIELDS.map((field) => (
            <Textarea
              key={field}
              id={`${field.replace("_", "-")}-${need.domain_key}`}
              label={needLabel(need.domain_name, field)}
              rows={2}
              value={need[field]}
              error={errors[needKey(need.domain_key, field)]}
              onChange={(event) => {
                onEdit(needKey(need.domain_key, field), event.target.value);
              }}
            />
          ))}
        </section>
      ))}
    </>
  );
}

/** Which of the sections the young person agreed to share go into the referral. */
export function YoungPersonWordsChoice({ draft, onEdit, errors }: Props) {
  if (draft.young_person_words.length === 0) {
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
      legend={SECTIONS_LABEL}
      hint="Only the sections they agreed to share are offered. Agencies read them as written."
      choices={draft.young_person_words.map((words) => ({
        value: words.section,
        label: words.heading,
        hint: words.text,
      }))}
      value={includedSections(draft)}
      error={
        [errors[SECTIONS], ...youngPersonMessages(draft.identifying_details)]
          .filter(Boolean)
          .join(" ") || undefined
      }
      onChange={(sections) => {
        onEdit(SECTIONS, sections);
      }}
    />
  );
}
