import { ChoiceRadios } from "@/components/forms/ChoiceRadios";
import { Textarea } from "@/components/forms/Textarea";
import type { FieldValue } from "@/lib/autosave/field-changes";
import type { Framework, FrameworkDomain } from "@/lib/current-framework";
import type { AssessmentDomain } from "@/features/assessments/api/assessments";
import type { DomainField } from "@/features/assessments/api/draft-changes";
import { type DomainErrors, evidenceFieldId, levelFieldId } from "./submit-checks";

interface DomainStepProps {
  framework: Framework;
  domain: FrameworkDomain;
  /** The domain's fields as they stand, with unsaved edits. */
  value: AssessmentDomain;
  /** The API's rule: evidence is required from this level of need. */
  evidenceFromLevel: number;
  errors: DomainErrors[string];
  onEdit: (field: DomainField, value: FieldValue) => void;
}

/**
 * One domain of the assessment: its level of need (each level's descriptor as the hint),
 * the evidence (required from level 3), and the strength found there.
 */
export function DomainStep(props: DomainStepProps) {
  const { framework, domain, value, evidenceFromLevel, errors, onEdit } = props;
  const key = domain.key;
  const evidenceRequired = value.need_level !== null && value.need_level >= evidenceFromLevel;
  return (
    <>
      <p className="govuk-body">{domain.description}</p>
      <ChoiceRadios
        id={levelFieldId(key)}
        name={`need_level-${key}`}
        legend={
          <>
            Level of need<span className="govuk-visually-hidden"> in {domain.name}</span>
          </>
        }
        legendClassName="govuk-fieldset__legend--m"
        choices={domain.levels.map((level) => ({
          value: String(level.level),
          label: `${String(level.level)} – ${framework.levels.find((l) => l.level === level.level)?.label ?? ""}`,
          hint: level.descriptor,
        }))}
        value={value.need_level === null ? null : String(value.need_level)}
        onChange={(level) => {
          onEdit("need_level", Number(level));
        }}
        error={errors?.need_level}
      />
      <Textarea
        id={evidenceFieldId(key)}
        label={evidenceRequired ? "Evidence (required at this level)" : "Evidence"}
        labelClassName="govuk-label--s"
        hint={`What you have seen, heard or read that shows this level. Required at level ${String(evidenceFromLevel)} or 4.`}
        rows={5}
        value={value.evidence}
        required={evidenceRequired}
        aria-required={evidenceRequired || undefined}
        onChange={(event) => {
          onEdit("evidence", event.target.value);
        }}
        error={errors?.evidence}
      />
      <ChoiceRadios
        id={`strength-${key}`}
        name={`strength_level-${key}`}
        legend={
          <>
            Strength<span className="govuk-visually-hidden"> in {domain.name}</span>
          </>
        }
        small
        choices={framework.strength_levels.map((strength) => ({
          value: strength.key,
          label: strength.label,
          hint: strength.description,
        }))}
        value={value.strength_level}
        onChange={(strength) => {
          onEdit("strength_level", strength);
        }}
      />
      <Textarea
        id={`strength-notes-${key}`}
        label="About the strength (optional)"
        labelClassName="govuk-label--s"
        rows={3}
        value={value.strength_notes}
        onChange={(event) => {
          onEdit("strength_notes", event.target.value);
        }}
      />
    </>
  );
}
