import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { ApiError } from "@/api/api-error";
import { AutosaveController } from "@/lib/autosave/autosave-controller";
import { memoryStorage } from "@/test/memory-storage";
import { aboutMe } from "@/test/voice-fixtures";
import {
  type AboutMeKey,
  aboutMeFields,
  aboutMeRecord,
  type AboutMeRecord,
  changedFields,
} from "./about-me-fields";
import { type AboutMeContent, type AboutMeWrite, contentOf, type MyAboutMe } from "./my-voice";

const OWNER = "account-1";
const KEY = `kindred.about-me.${OWNER}`;

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

type Controller = AutosaveController<AboutMeRecord, AboutMeKey, AboutMeWrite>;

/** The autosave as use-about-me-autosave sets it up. */
function autosave(
  save: (body: AboutMeWrite) => Promise<MyAboutMe>,
  storage = memoryStorage(),
  initial = aboutMe(),
): Controller {
  const controller = new AutosaveController({
    model: aboutMeFields,
    initial: aboutMeRecord(initial),
    save: async (body: AboutMeWrite) => aboutMeRecord(await save(body)),
    ownerId: OWNER,
    storage,
    retryDelaysMs: [1_000],
    conflicts: "keep-mine",
  });
  controller.start();
  return controller;
}

function change(controller: Controller, update: (draft: AboutMeContent) => AboutMeContent) {
  const now = contentOf(controller.getSnapshot().draft.aboutMe);
  for (const [key, value] of changedFields(now, update(now))) controller.edit(key, value);
}

function write(controller: Controller, text: string) {
  change(controller, (draft) => ({ ...draft, sections: { ...draft.sections, good_at: text } }));
}

describe("About me's autosave", () => {
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
    expect(controller.getSnapshot().state).toMatchObject({ kind: "saved" });

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
    expect(controller.getSnapshot().state).toMatchObject({ kind: "retrying" });
    expect(storage.data.get(KEY)).toContain("Drawing");

    await vi.advanceTimersByTimeAsync(1_000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(controller.getSnapshot().state).toMatchObject({ kind: "saved" });
    expect(storage.data.has(KEY)).toBe(false);
  });

  it("sends words left on the tablet by an earlier visit as soon as it starts", async () => {
    const storage = memoryStorage();
    const left = { version: 0, changes: { "sections.goals_soon": "Swim" }, base: {} };
    storage.setItem(KEY, JSON.stringify(left));
    const save = vi.fn((body: AboutMeWrite) => Promise.resolve(answer(body)));

    const controller = autosave(save, storage);
    expect(controller.getSnapshot().draft.aboutMe.sections.goals_soon).toBe("Swim");
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
    expect(controller.getSnapshot().state).toMatchObject({ kind: "saved" });
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

    expect(controller.getSnapshot().state).toMatchObject({
      kind: "failed",
      message: "Your account is paused.",
    });
    expect(controller.getSnapshot().draft.aboutMe.sections.good_at).toBe("Drawing");
  });

  it("keeps a new rating and a choice not to share over a version saved elsewhere", async () => {
    const elsewhere = aboutMe({
      number: 2,
      sections: { ...aboutMe().sections, matters_to_me: "My dog" },
    });
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

    change(controller, (draft) => ({
      ...draft,
      share: { ...draft.share, good_at: false },
      self_ratings: { physical_health: { level: 3, words: "Fit" } },
    }));
    await vi.advanceTimersByTimeAsync(800);
    await vi.advanceTimersByTimeAsync(10);

    expect(save.mock.calls[1]?.[0]).toMatchObject({
      based_on: 2,
      sections: { matters_to_me: "My dog" },
      share: { good_at: false, goals_soon: true },
      self_ratings: { physical_health: { level: 3, words: "Fit" } },
    });
    expect(controller.getSnapshot().draft.aboutMe.self_ratings).toEqual({
      physical_health: { level: 3, words: "Fit" },
    });
  });

  it("sends what waits at once when the tablet hides the page", async () => {
    const save = vi.fn((body: AboutMeWrite) => Promise.resolve(answer(body)));
    const controller = autosave(save);
    const visibility = vi.spyOn(document, "visibilityState", "get").mockReturnValue("hidden");

    write(controller, "Drawing");
    document.dispatchEvent(new Event("visibilitychange"));
    await vi.advanceTimersByTimeAsync(0);

    expect(save).toHaveBeenCalledTimes(1);
    visibility.mockRestore();
  });
});
