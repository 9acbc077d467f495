import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { useAutosave } from "@/lib/autosave/use-autosave";
import { memoryStorage } from "@/test/memory-storage";
import { referral, REFERRAL_ID } from "@/test/referral-fixtures";
import { needKey, referralFields } from "./referral-fields";
import type { Referral, ReferralPatch } from "./referrals";
import { PRACTITIONER_ME } from "@/test/fixtures";

const OWNER = PRACTITIONER_ME.id;
const KEY = referralFields.storageKey(REFERRAL_ID, OWNER);
const WORDS = [
  { section: "what_helps_me", heading: "What helps", text: "Music.", included: true },
  { section: "my_hopes", heading: "My hopes", text: "College.", included: true },
];

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe("a referral's autosave", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("shows and sends the needs' words and the sections as the API reads them", async () => {
    const storage = memoryStorage();
    const save = vi.fn((body: ReferralPatch) =>
      Promise.resolve(referral({ version: body.version + 1 })),
    );
    const { result } = renderHook(() =>
      useAutosave(referralFields, referral({ young_person_words: WORDS }), save, {
        ownerId: OWNER,
        storage,
      }),
    );

    act(() => {
      result.current.edit(needKey("physical_health", "strength_notes"), "Loves swimming.");
      result.current.edit("young_person_sections", ["my_hopes"]);
      result.current.edit("budget_weekly_pence", 95_000);
    });
    expect(result.current.draft.needs[0]?.strength_notes).toBe("Loves swimming.");
    expect(result.current.draft.young_person_words.map((words) => words.included)).toEqual([
      false,
      true,
    ]);
    expect(storage.data.has(KEY)).toBe(true);

    await advance(800);
    expect(save).toHaveBeenCalledWith({
      version: 1,
      budget_weekly_pence: 95_000,
      young_person_sections: ["my_hopes"],
      needs: { physical_health: { strength_notes: "Loves swimming." } },
    });
    expect(storage.data.has(KEY)).toBe(false);
  });

  it("merges a copy left on an older version: the same sections in another order are no conflict", async () => {
    const storage = memoryStorage({
      [KEY]: JSON.stringify({
        version: 1,
        changes: { young_person_sections: ["my_hopes", "what_helps_me"], what_helps: "Mine" },
        base: { young_person_sections: [], what_helps: "Music." },
      }),
    });
    const save = vi.fn<(body: ReferralPatch) => Promise<Referral>>();
    // Someone else chose the same sections, and wrote other words in "What helps".
    const theirs = referral({ version: 3, what_helps: "Theirs", young_person_words: WORDS });
    const { result } = renderHook(() =>
      useAutosave(referralFields, theirs, save, { ownerId: OWNER, storage }),
    );

    await advance(0);
    expect(save).not.toHaveBeenCalled();
    expect(result.current.state).toEqual({
      kind: "conflict",
      conflicts: [{ key: "what_helps", mine: "Mine", theirs: "Theirs" }],
    });
    expect(result.current.draft.what_helps).toBe("Mine");
    expect(result.current.unsaved).toBe(1);
  });

  it("keeps nothing from the device that is not a referral's field", () => {
    const storage = memoryStorage({
      [KEY]: JSON.stringify({ version: 1, changes: { summary: "An assessment's field" } }),
    });
    const save = vi.fn<(body: ReferralPatch) => Promise<Referral>>();
    const { result } = renderHook(() =>
      useAutosave(referralFields, referral(), save, { ownerId: OWNER, storage }),
    );
    expect(result.current.unsaved).toBe(0);
  });
});
