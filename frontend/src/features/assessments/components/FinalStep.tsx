import { Textarea } from "@/components/forms/Textarea";
import type { FieldValue } from "@/lib/autosave/field-changes";
import type { Assessment } from "@/features/assessments/api/assessments";
import type { TextField } from "@/features/assessments/api/draft-changes";

interface FinalStepProps {
  draft: Assessment;
  onEdit: (field: TextField, value: FieldValue) => void;
}

const TEXTS = [
  {
    field: "summary",
    label: "Summary",
    hint: "What the assessment found, and who was involved in it.",
  },
  {
    field: "aspirations",
    label: "Aspirations",
    hint: "What the child hopes for, in their own words where you can.",
  },
  {
    field: "what_helps",
    label: "What helps",
    hint: "What works well for the child: people, places, routines and activities.",
  },
] as const satisfies readonly { field: TextField; label: string; hint: string }[];

/** The assessment's last step: the summary, the child's aspirations and what helps them. */
export function FinalStep({ draft, onEdit }: FinalStepProps) {
  return (
    <>
      {TEXTS.map(({ field, label, hint }) => (
        <Textarea
          key={field}
          id={field}
          label={label}
          labelClassName="govuk-label--s"
          hint={hint}
          rows={5}
          value={draft[field]}
          onChange={(event) => {
            onEdit(field, event.target.value);
          }}
        />
      ))}
      {draft.preview ? (
        <p className="govuk-body">
          With these levels the needs score would be <strong>{draft.preview.score}</strong> out of
          100, with {draft.preview.actionable_count} actionable{" "}
          {draft.preview.actionable_count === 1 ? "need" : "needs"}.
        </p>
      ) : null}
    </>
  );
}
