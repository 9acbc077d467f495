import {
  type Changes,
  entries,
  type FieldModel,
  type FieldValue,
  isChoices,
} from "@/lib/autosave/field-changes";
import { problemFields } from "./problem-fields";
import type { Referral, ReferralPatch } from "./referrals";

/** The referral's own facts, each a field of its own in the API. */
const FACT_FIELDS = [
  "purpose",
  "needed_by",
  "siblings",
  "location_preferences",
  "max_distance",
  "what_helps",
  "budget_weekly_pence",
  "contact_arrangements",
] as const;
export type FactField = (typeof FACT_FIELDS)[number];
/** Per domain, the words agencies read; the levels are the approved assessment's. */
export const NEED_FIELDS = ["needs_text", "strength_notes"] as const;
export type NeedField = (typeof NEED_FIELDS)[number];
/** Which of the young person's consented "About me" sections are in the referral. */
export const SECTIONS = "young_person_sections";

/**
 * One editable field of a referral, as a flat key: a fact ("what_helps"), the sections, or
 * "needs.<domain key>.<field>".
 */
export type ReferralFieldKey = FactField | typeof SECTIONS | `needs.${string}.${NeedField}`;
type ReferralChanges = Changes<ReferralFieldKey>;
type NeedWords = NonNullable<ReferralPatch["needs"]>[string];

export function needKey(domain: string, field: NeedField): ReferralFieldKey {
  return `needs.${domain}.${field}`;
}

export function parseNeedKey(key: string): { domain: string; field: NeedField } | undefined {
  const match = /^needs\.(.+)\.([a-z_]+)$/.exec(key);
  const field = match?.[2] as NeedField | undefined;
  if (!match?.[1] || !field || !NEED_FIELDS.includes(field)) return undefined;
  return { domain: match[1], field };
}

function isFact(key: string): key is FactField {
  return (FACT_FIELDS as readonly string[]).includes(key);
}

function isKey(key: string): key is ReferralFieldKey {
  return key === SECTIONS || isFact(key) || parseNeedKey(key) !== undefined;
}

/** The sections chosen, in the order the young person's words come. */
export function includedSections(referral: Referral): string[] {
  return referral.young_person_words
    .filter((words) => words.included)
    .map((words) => words.section);
}

function valueIn(referral: Referral, key: ReferralFieldKey): FieldValue | undefined {
  if (key === SECTIONS) return includedSections(referral);
  const need = parseNeedKey(key);
  if (need) return referral.needs.find((item) => item.domain_key === need.domain)?.[need.field];
  return isFact(key) ? referral[key] : undefined;
}

function sectionsOf(value: FieldValue): readonly string[] {
  return isChoices(value) ? value : [];
}

/** The referral with unsaved changes applied: what the person sees and works on. */
function applyChanges(referral: Referral, changes: ReferralChanges): Referral {
  const list = entries(changes);
  if (list.length === 0) return referral;
  const next: Referral = {
    ...referral,
    needs: referral.needs.map((need) => ({ ...need })),
    young_person_words: referral.young_person_words.map((words) => ({ ...words })),
  };
  for (const [key, value] of list) {
    const need = parseNeedKey(key);
    if (key === SECTIONS) {
      const sections = sectionsOf(value);
      for (const words of next.young_person_words) {
        words.included = sections.includes(words.section);
      }
    } else if (need) {
      const item = next.needs.find((candidate) => candidate.domain_key === need.domain);
      if (item) item[need.field] = String(value ?? "");
    } else if (isFact(key)) {
      // Each fact's value came from its own field, so it is of that field's type.
      (next as Record<FactField, FieldValue>)[key] = value;
    }
  }
  return next;
}

/** The PATCH body for some changes: only those fields, with the version they are based on. */
function patchBody(version: number, changes: ReferralChanges): ReferralPatch {
  const body: ReferralPatch = { version };
  const needs: Record<string, NeedWords> = {};
  for (const [key, value] of entries(changes)) {
    const need = parseNeedKey(key);
    if (key === SECTIONS) body.young_person_sections = [...sectionsOf(value)];
    else if (need) (needs[need.domain] ??= {})[need.field] = String(value ?? "");
    else if (isFact(key)) (body as Record<FactField, FieldValue>)[key] = value;
  }
  if (Object.keys(needs).length > 0) body.needs = needs;
  return body;
}

function isReferral(value: unknown): value is Referral {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<Referral>;
  return (
    typeof candidate.version === "number" &&
    Array.isArray(candidate.needs) &&
    Array.isArray(candidate.young_person_words) &&
    typeof candidate.permissions === "object"
  );
}

/** A draft referral, field by field, for the autosave. */
export const referralFields: FieldModel<Referral, ReferralFieldKey, ReferralPatch> = {
  storageKey: (referralId, ownerId) => `kindred.referral-draft.${referralId}.${ownerId}`,
  isKey,
  valueIn,
  applyChanges,
  patchBody,
  recordFrom: (value) => (isReferral(value) ? value : undefined),
};

/** The API's messages for the fields it refused, by the name the form's fields use. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return problemFields(error, [...FACT_FIELDS, SECTIONS, "needs"]).fields;
}
