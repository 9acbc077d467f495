/** A field's value as an editor keeps it: text, a number, yes/no, nothing, or a set of choices. */
export type FieldValue = string | number | boolean | null | readonly string[];
/** Edits not yet saved: field key → the value wanted. */
export type Changes<K extends string> = Partial<Record<K, FieldValue>>;

export interface Conflict<K extends string> {
  key: K;
  mine: FieldValue;
  theirs: FieldValue;
}

/** What every record saved field by field has: its id, its version and whether I may edit it. */
export interface EditableRecord {
  id: string;
  version: number;
  permissions: { can_edit: boolean };
}

/**
 * How one kind of record is edited as flat field keys ("summary", "needs.<domain>.needs_text"):
 * flat keys make changes easy to merge, keep on the device and compare. `R` is the record as
 * the API reads it, `K` its field keys and `P` the body of a save.
 */
export interface FieldModel<R extends EditableRecord, K extends string, P> {
  /**
   * Where the device keeps this record's unsaved edits by this person: each person's apart, so
   * on a shared computer nobody restores, and sends as theirs, another person's edits.
   */
  storageKey: (id: string, ownerId: string) => string;
  /** Whether a key read back from the device still names a field. */
  isKey: (key: string) => key is K;
  /** The field's value in the record as the server has it; undefined when it has no such field. */
  valueIn: (record: R, key: K) => FieldValue | undefined;
  /** The record with the edits applied: what the person sees and works on. */
  applyChanges: (record: R, changes: Changes<K>) => R;
  /**
   * The save's body, with the version it is based on: only these fields (a PATCH), or the
   * whole of `server` with them applied (a PUT).
   */
  patchBody: (version: number, changes: Changes<K>, server: R) => P;
  /** A 409's `current` as such a record; undefined when it is not one. */
  recordFrom: (value: unknown) => R | undefined;
}

export function entries<K extends string>(changes: Changes<K>): [K, FieldValue][] {
  return Object.entries(changes) as [K, FieldValue][];
}

export function isChoices(value: FieldValue | undefined): value is readonly string[] {
  return typeof value === "object" && value !== null;
}

/** Equal values; a set of choices is the same whatever order it was chosen in. */
export function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  if (isChoices(a) && isChoices(b)) {
    return a.length === b.length && a.every((item) => b.includes(item));
  }
  return a === b;
}

/**
 * Three-way merge of my unsaved changes onto someone else's newer save. A field they did not
 * touch (theirs is still what I started from) keeps mine; a field where they wrote what I
 * wrote needs nothing; a field both changed differently is a conflict for the person.
 */
export function reconcile<R extends EditableRecord, K extends string>(
  model: FieldModel<R, K, unknown>,
  theirs: R,
  mine: Changes<K>,
  base: Changes<K>,
): { keep: Changes<K>; conflicts: Conflict<K>[] } {
  const keep: Changes<K> = {};
  const conflicts: Conflict<K>[] = [];
  for (const [key, value] of entries(mine)) {
    const current = model.valueIn(theirs, key);
    if (current === undefined || sameValue(current, value)) continue;
    keep[key] = value;
    if (!(key in base) || !sameValue(base[key], current)) {
      conflicts.push({ key, mine: value, theirs: current });
    }
  }
  return { keep, conflicts };
}

/** The server's values of these fields: what the edits to them started from. */
export function baseOf<R extends EditableRecord, K extends string>(
  model: FieldModel<R, K, unknown>,
  record: R,
  keys: Iterable<K>,
): Changes<K> {
  const base: Changes<K> = {};
  for (const key of keys) {
    const value = model.valueIn(record, key);
    if (value !== undefined) base[key] = value;
  }
  return base;
}
