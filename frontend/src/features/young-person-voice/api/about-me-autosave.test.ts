import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { ApiError } from "../../../api/api-error";
import { memoryStorage } from "../../../test/memory-storage";
import { aboutMe } from "../../../test/voice-fixtures";
import { AboutMeAutosave } from "./about-me-autosave";
import type { AboutMeWrite, MyAboutMe } from "./my-voice";

const KEY = "kindred.about-me.test";

/** What the server answers to a save: the body as the next version, with its defaults. */
function answer(body: AboutMeWrite): MyAboutMe {
  const { based_on: basedOn, self_ratings: selfRatings, ...content } = body;
  const ratings = Object.entries(selfRatings).map(
    ([key, { level, words = "" }]): [string, MyAboutMe["self_ratings"][string]] => [
      key,
      { level, words },
    ],
  );
  return aboutMe({
    ...content,
    self_ratings: Object.fromEntries(ratings),
    number: basedOn + 1,
    created_at: "2026-11-25T10:00:00Z",
  });
}

function autosave(
  save: (body: AboutMeWrite) => Promise<MyAboutMe>,
  storage = memoryStorage(),
  initial = aboutMe(),
) {
  const controller = new AboutMeAutosave({
    initial,
    save,
    storage,
    storageKey: KEY,
    retryDelaysMs: [1_000],
  });
  controller.start();
  return controller;
}

function write(controller: AboutMeAutosave, text: string) {
  controller.change((draft) => ({ ...draft, sections: { ...draft.sections, good_at: text } }));
}

describe("AboutMeAutosave", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("waits for a pause in typing, then saves the whole of it on the version read", async () => {
    const save = vi.fn((body: AboutMeWrite) => Promise.resolve(answer(body)));
    const controller = autosave(save);

    write(controller, "Foot");
    await vi.advanceTimersByTimeAsync(500);
    write(controller, "Football");
    await vi.advanceTimersByTimeAsync(799);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);

    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0]).toMatchObject({
      based_on: 0,
      sections: { good_at: "Football" },
    });
    expect(controller.getSnapshot().state).toEqual({ kind: "saved" });

    write(controller, "Football and art");
    await vi.advanceTimersByTimeAsync(800);
    expect(save.mock.calls[1]?.[0]).toMatchObject({ based_on: 1 });
  });

  it("keeps the words on the tablet while offline, retries, and forgets them once saved", async () => {
    const storage = memoryStorage();
    const save = vi
      .fn<(body: AboutMeWrite) => Promise<MyAboutMe>>()
      .mockRejectedValueOnce(new TypeError("Failed to fetch"))
      .mockImplementation((body) => Promise.resolve(answer(body)));
    const controller = autosave(save, storage);

    write(controller, "Drawing");
    expect(storage.data.get(KEY)).toContain("Drawing");
    await vi.advanceTimersByTimeAsync(800);
    expect(controller.getSnapshot().state).toEqual({ kind: "retrying" });
    expect(storage.data.get(KEY)).toContain("Drawing");

    await vi.advanceTimersByTimeAsync(1_000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(controller.getSnapshot().state).toEqual({ kind: "saved" });
    expect(storage.data.has(KEY)).toBe(false);
  });

  it("sends words left on the tablet by an earlier visit as soon as it starts", async () => {
    const storage = memoryStorage();
    const left = { ...aboutMe(), sections: { ...aboutMe().sections, goals_soon: "Swim" } };
    storage.setItem(KEY, JSON.stringify({ draft: left }));
    const save = vi.fn((body: AboutMeWrite) => Promise.resolve(answer(body)));

    const controller = autosave(save, storage);
    expect(controller.getSnapshot().draft.sections.goals_soon).toBe("Swim");
    await vi.advanceTimersByTimeAsync(0);

    expect(save.mock.calls[0]?.[0].sections.goals_soon).toBe("Swim");
  });

  it("saves the newest words on top of a version saved elsewhere meanwhile (409)", async () => {
    const elsewhere = aboutMe({ number: 4 });
    const save = vi
      .fn<(body: AboutMeWrite) => Promise<MyAboutMe>>()
      .mockRejectedValueOnce(
        new ApiError({
          type: "about:blank",
          title: "Conflict",
          status: 409,
          detail: "Saved since.",
          current: elsewhere,
        } as never),
      )
      .mockImplementation((body) => Promise.resolve(answer(body)));
    const controller = autosave(save);

    write(controller, "Singing");
    await vi.advanceTimersByTimeAsync(800);
    await vi.advanceTimersByTimeAsync(10);

    expect(save.mock.calls.map(([body]) => body.based_on)).toEqual([0, 4]);
    expect(save.mock.calls[1]?.[0].sections.good_at).toBe("Singing");
    expect(controller.getSnapshot().state).toEqual({ kind: "saved" });
  });

  it("says so when the server refuses, and keeps the words", async () => {
    const refusal = new ApiError({
      type: "about:blank",
      title: "Forbidden",
      status: 403,
      detail: "Your account is paused.",
    });
    const controller = autosave(() => Promise.reject(refusal));

    write(controller, "Drawing");
    await vi.advanceTimersByTimeAsync(800);

    expect(controller.getSnapshot().state).toEqual({
      kind: "failed",
      message: "Your account is paused.",
    });
    expect(controller.getSnapshot().draft.sections.good_at).toBe("Drawing");
  });
});
