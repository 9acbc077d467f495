import type { FieldValue } from "@/lib/autosave/field-changes";
import { type Framework, levelText } from "@/lib/current-framework";
import { type FieldKey, parseKey } from "@/features/assessments/api/draft-changes";

// An assessment's fields in words, for the choice between two people's versions.

const FIELD_NAMES = {
  summary: "Summary",
  aspirations: "Aspirations",
  what_helps: "What helps",
  need_level: "level of need",
  evidence: "evidence",
  strength_level: "strength",
  strength_notes: "about the strength",
} as const;

/** "Physical health: level of need", "Summary". */
export function fieldName(framework: Framework, key: FieldKey): string {
  const parsed = parseKey(key);
  if (!parsed) return key;
  if (parsed.domain === undefined) return FIELD_NAMES[parsed.field];
  const domain = framework.domains.find((candidate) => candidate.key === parsed.domain);
  return `${domain?.name ?? parsed.domain}: ${FIELD_NAMES[parsed.field]}`;
}

/** A field's value in words: a level with its label, a strength's label, or the text. */
export function fieldValueText(framework: Framework, key: FieldKey, value: FieldValue): string {
  const field = parseKey(key)?.field;
  if (field === "need_level" && typeof value === "number") return levelText(framework, value);
  if (field === "strength_level") {
    return (
      framework.strength_levels.find((strength) => strength.key === value)?.label ?? String(value)
    );
  }
  return String(value);
}
