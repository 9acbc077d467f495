import type { Changes, EditableRecord, FieldModel, FieldValue } from "@/lib/autosave/field-changes";

// A small record saved field by field, to test lib/autosave apart from any feature's record.

const NOTE_KEYS = ["summary", "aspirations", "what_helps", "evidence", "level", "shared"] as const;
export type NoteKey = (typeof NOTE_KEYS)[number];

export interface Note extends EditableRecord {
  summary: string;
  aspirations: string;
  what_helps: string;
  evidence: string;
  level: number | null;
  shared: boolean;
}

/** A save's body: the version it is based on and the changed fields. */
export type NotePatch = { version: number } & Changes<NoteKey>;

export function note(overrides: Partial<Note> = {}): Note {
  return {
    id: "note-1",
    version: 1,
    permissions: { can_edit: true },
    summary: "",
    aspirations: "",
    what_helps: "",
    evidence: "",
    level: null,
    shared: true,
    ...overrides,
  };
}

function applyChanges(record: Note, changes: Changes<NoteKey>): Note {
  const next = { ...record };
  for (const [key, value] of Object.entries(changes) as [NoteKey, FieldValue][]) {
    if (key === "level") next.level = typeof value === "number" ? value : null;
    else if (key === "shared") next.shared = value === true;
    else next[key] = String(value ?? "");
  }
  return next;
}

/** What the server answers to a save: the changes applied, one version on. */
export function noteAnswer(server: Note, { version, ...changes }: NotePatch): Note {
  return { ...applyChanges(server, changes), version: version + 1 };
}

export const noteFields: FieldModel<Note, NoteKey, NotePatch> = {
  storageKey: (id, ownerId) => `kindred.note-draft.${id}.${ownerId}`,
  isKey: (key): key is NoteKey => (NOTE_KEYS as readonly string[]).includes(key),
  valueIn: (record, key) => record[key],
  applyChanges,
  patchBody: (version, changes) => ({ version, ...changes }),
  recordFrom: (value) =>
    typeof value === "object" && value !== null && "summary" in value ? (value as Note) : undefined,
};
