import type { Changes } from "./field-changes";

// Unsaved edits kept on the device (localStorage), so a closed tab, a reload or a lost
// connection loses nothing before the server has them.

export interface StoredDraft<K extends string> {
  /** The version the changes were based on. */
  version: number;
  changes: Changes<K>;
  /** What each changed field was when the edit began: for the three-way merge. */
  base: Changes<K>;
}

export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

function isValue(value: unknown): boolean {
  return (
    value === null ||
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean" ||
    (Array.isArray(value) && value.every((item) => typeof item === "string"))
  );
}

function isChanges<K extends string>(
  value: unknown,
  isKey: (key: string) => key is K,
): value is Changes<K> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(([key, item]) => isKey(key) && isValue(item));
}

/** The draft kept under `key`, or undefined when there is none or it is not one we wrote. */
export function readDraft<K extends string>(
  storage: DraftStorage | undefined,
  key: string,
  isKey: (key: string) => key is K,
): StoredDraft<K> | undefined {
  try {
    const text = storage?.getItem(key);
    if (!text) return undefined;
    const parsed = JSON.parse(text) as Partial<StoredDraft<K>>;
    if (typeof parsed.version !== "number" || !isChanges(parsed.changes, isKey)) return undefined;
    return {
      version: parsed.version,
      changes: parsed.changes,
      base: isChanges(parsed.base, isKey) ? parsed.base : {},
    };
  } catch {
    return undefined;
  }
}

/** Keeps the draft under `key`; a draft with no changes left is removed instead. */
export function writeDraft<K extends string>(
  storage: DraftStorage | undefined,
  key: string,
  draft: StoredDraft<K>,
) {
  try {
    if (Object.keys(draft.changes).length === 0) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(draft));
  } catch {
    // A full or disabled storage only loses the offline copy; saving to the server goes on.
  }
}

export function clearDraft(storage: DraftStorage | undefined, key: string) {
  try {
    storage?.removeItem(key);
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
