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
export type FieldValue = string | number | null;
/** Edits not yet saved: field key → the value wanted. */
export type Changes = Partial<Record<FieldKey, FieldValue>>;

export function domainKey(domain: string, field: DomainField): FieldKey {
  return `domains.${domain}.${field}`;
}

interface ParsedKey {
  domain?: string;
  field: DomainField | TextField;
}

export function parseKey(key: FieldKey): ParsedKey | undefined {
  if ((TEXT_FIELDS as readonly string[]).includes(key)) return { field: key as TextField };
  const match = /^domains\.(.+)\.([a-z_]+)$/.exec(key);
  const field = match?.[2] as DomainField | undefined;
  if (!match?.[1] || !field || !DOMAIN_FIELDS.includes(field)) return undefined;
  return { domain: match[1], field };
}

/** The value of one field in an assessment as the server has it. */
export function valueIn(assessment: Assessment, key: FieldKey): FieldValue | undefined {
  const parsed = parseKey(key);
  if (!parsed) return undefined;
  if (parsed.domain === undefined) return assessment[parsed.field as TextField];
  const domain = assessment.domains.find((candidate) => candidate.key === parsed.domain);
  return domain ? domain[parsed.field as DomainField] : undefined;
}

export function entries(changes: Changes): [FieldKey, FieldValue][] {
  return Object.entries(changes) as [FieldKey, FieldValue][];
}

/** The assessment with unsaved changes applied: what the person sees and works on. */
export function applyChanges(assessment: Assessment, changes: Changes): Assessment {
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
export function patchBody(version: number, changes: Changes): AssessmentPatch {
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

export interface Conflict {
  key: FieldKey;
  mine: FieldValue;
  theirs: FieldValue;
}

/**
 * Three-way merge of my unsaved changes onto someone else's newer save. A field they did not
 * touch (theirs is still what I started from) keeps mine; a field where they wrote what I
 * wrote needs nothing; a field both changed differently is a conflict for the person.
 */
export function reconcile(
  theirs: Assessment,
  mine: Changes,
  base: Changes,
): { keep: Changes; conflicts: Conflict[] } {
  const keep: Changes = {};
  const conflicts: Conflict[] = [];
  for (const [key, value] of entries(mine)) {
    const current = valueIn(theirs, key);
    if (current === undefined || current === value) continue;
    if (key in base && base[key] === current) {
      keep[key] = value;
    } else {
      keep[key] = value;
      conflicts.push({ key, mine: value, theirs: current });
    }
  }
  return { keep, conflicts };
}

/** Only these keys of `changes`. */
export function pick(changes: Changes, keys: Iterable<FieldKey>): Changes {
  const picked: Changes = {};
  for (const key of keys) if (key in changes) picked[key] = changes[key] ?? null;
  return picked;
}

/** The server's values of these fields: what the edits to them started from. */
export function baseOf(assessment: Assessment, keys: Iterable<FieldKey>): Changes {
  const base: Changes = {};
  for (const key of keys) {
    const value = valueIn(assessment, key);
    if (value !== undefined) base[key] = value;
  }
  return base;
}

// --- keeping unsaved edits on the device --------------------------------------------------

export interface StoredDraft {
  /** The version the changes were based on. */
  version: number;
  changes: Changes;
  base: Changes;
}

export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export function storageKey(assessmentId: string): string {
  return `kindred.assessment-draft.${assessmentId}`;
}

function isChanges(value: unknown): value is Changes {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(
    ([key, item]) =>
      parseKey(key as FieldKey) !== undefined &&
      (item === null || typeof item === "string" || typeof item === "number"),
  );
}

export function readDraft(storage: DraftStorage | undefined, id: string): StoredDraft | undefined {
  try {
    const text = storage?.getItem(storageKey(id));
    if (!text) return undefined;
    const parsed = JSON.parse(text) as Partial<StoredDraft>;
    if (typeof parsed.version !== "number" || !isChanges(parsed.changes)) return undefined;
    return {
      version: parsed.version,
      changes: parsed.changes,
      base: isChanges(parsed.base) ? parsed.base : {},
    };
  } catch {
    return undefined;
  }
}

export function writeDraft(storage: DraftStorage | undefined, id: string, draft: StoredDraft) {
  try {
    if (Object.keys(draft.changes).length === 0) storage?.removeItem(storageKey(id));
    else storage?.setItem(storageKey(id), JSON.stringify(draft));
  } catch {
    // A full or disabled storage only loses the offline copy; saving to the server goes on.
  }
}

export function clearDraft(storage: DraftStorage | undefined, id: string) {
  try {
    storage?.removeItem(storageKey(id));
  } catch {
    // Nothing to clear.
  }
}

/** The browser's localStorage, if this browser lets the page use it. */
export function deviceStorage(): DraftStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
