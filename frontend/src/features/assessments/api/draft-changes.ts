import {
  type Changes,
  entries,
  type FieldModel,
  type FieldValue,
} from "@/lib/autosave/field-changes";
import type { Assessment, AssessmentPatch } from "./assessments";

/** The four things recorded per domain. */
export const DOMAIN_FIELDS = [
  "need_level",
  "evidence",
  "strength_level",
  "strength_notes",
] as const;
export type DomainField = (typeof DOMAIN_FIELDS)[number];
export const TEXT_FIELDS = ["summary", "aspirations", "what_helps"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/**
 * One editable field of an assessment, as a flat key: "summary", or
 * "domains.<domain key>.<field>". Flat keys make changes easy to merge, store and compare.
 */
export type FieldKey = TextField | `domains.${string}.${DomainField}`;
type AssessmentChanges = Changes<FieldKey>;

export function domainKey(domain: string, field: DomainField): FieldKey {
  return `domains.${domain}.${field}`;
}

interface ParsedKey {
  domain?: string;
  field: DomainField | TextField;
}

export function parseKey(key: string): ParsedKey | undefined {
  if ((TEXT_FIELDS as readonly string[]).includes(key)) return { field: key as TextField };
  const match = /^domains\.(.+)\.([a-z_]+)$/.exec(key);
  const field = match?.[2] as DomainField | undefined;
  if (!match?.[1] || !field || !DOMAIN_FIELDS.includes(field)) return undefined;
  return { domain: match[1], field };
}

/** The value of one field in an assessment as the server has it. */
function valueIn(assessment: Assessment, key: FieldKey): FieldValue | undefined {
  const parsed = parseKey(key);
  if (!parsed) return undefined;
  if (parsed.domain === undefined) return assessment[parsed.field as TextField];
  const domain = assessment.domains.find((candidate) => candidate.key === parsed.domain);
  return domain ? domain[parsed.field as DomainField] : undefined;
}

/** The assessment with unsaved changes applied: what the person sees and works on. */
export function applyChanges(assessment: Assessment, changes: AssessmentChanges): Assessment {
  const list = entries(changes);
  if (list.length === 0) return assessment;
  const next: Assessment = { ...assessment, domains: assessment.domains.map((d) => ({ ...d })) };
  for (const [key, value] of list) {
    const parsed = parseKey(key);
    if (!parsed) continue;
    if (parsed.domain === undefined) {
      next[parsed.field as TextField] = String(value ?? "");
      continue;
    }
    const domain = next.domains.find((candidate) => candidate.key === parsed.domain);
    if (!domain) continue;
    if (parsed.field === "need_level") domain.need_level = typeof value === "number" ? value : null;
    else if (parsed.field === "strength_level") {
      domain.strength_level = (value ?? "none") as Assessment["domains"][number]["strength_level"];
    } else domain[parsed.field as "evidence" | "strength_notes"] = String(value ?? "");
  }
  return next;
}

/** The PATCH body for some changes: only those fields, with the version they are based on. */
function patchBody(version: number, changes: AssessmentChanges): AssessmentPatch {
  const body: AssessmentPatch = { version };
  const domains: NonNullable<AssessmentPatch["domains"]> = {};
  for (const [key, value] of entries(changes)) {
    const parsed = parseKey(key);
    if (!parsed) continue;
    if (parsed.domain === undefined) {
      body[parsed.field as TextField] = String(value ?? "");
    } else {
      const domain = (domains[parsed.domain] ??= {});
      (domain as Record<string, FieldValue>)[parsed.field] = value;
    }
  }
  if (Object.keys(domains).length > 0) body.domains = domains;
  return body;
}

export function storageKey(assessmentId: string, ownerId: string): string {
  return `kindred.assessment-draft.${assessmentId}.${ownerId}`;
}

function isAssessment(value: unknown): value is Assessment {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<Assessment>;
  return (
    typeof candidate.version === "number" &&
    Array.isArray(candidate.domains) &&
    typeof candidate.permissions === "object"
  );
}

/** An assessment, field by field, for the autosave. */
export const assessmentFields: FieldModel<Assessment, FieldKey, AssessmentPatch> = {
  storageKey,
  isKey: (key): key is FieldKey => parseKey(key) !== undefined,
  valueIn,
  applyChanges,
  patchBody,
  recordFrom: (value) => (isAssessment(value) ? value : undefined),
};
