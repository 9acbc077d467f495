import type { DraftStorage } from "@/lib/autosave/device-drafts";

/** A device's storage held in memory, with `data` to look at what was kept. */
export function memoryStorage(initial: Record<string, string> = {}): DraftStorage & {
  data: Map<string, string>;
} {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}
