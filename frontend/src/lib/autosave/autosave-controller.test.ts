import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { ApiError } from "@/api/api-error";
import { memoryStorage } from "@/test/memory-storage";
import {
  type Note,
  noteAnswer,
  noteFields,
  type NoteKey,
  type NotePatch,
  note,
} from "@/test/note-fields";
import { type AutosaveOptions, AutosaveController } from "./autosave-controller";

const OWNER = "person-1";
const KEY = noteFields.storageKey(note().id, OWNER);

type Extra = Partial<Omit<AutosaveOptions<Note, NoteKey, NotePatch>, "model" | "save" | "ownerId">>;

function started(save: (body: NotePatch) => Promise<Note>, extra: Extra = {}) {
  const controller = new AutosaveController({
    model: noteFields,
    initial: note(),
    save,
    ownerId: OWNER,
    storage: memoryStorage(),
    ...extra,
  });
  controller.start();
  return controller;
}

function conflict(current: Note) {
  return new ApiError({
    type: "about:blank",
    title: "Conflict",
    status: 409,
    detail: "Saved since.",
    current,
  } as never);
}

describe("AutosaveController", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("keeps my value of a field both changed when told to keep mine, and saves on theirs", async () => {
    const theirs = note({ version: 4, summary: "Theirs", what_helps: "Football" });
    const save = vi
      .fn<(body: NotePatch) => Promise<Note>>()
      .mockRejectedValueOnce(conflict(theirs))
      .mockImplementation((body) => Promise.resolve(noteAnswer(theirs, body)));
    const controller = started(save, { conflicts: "keep-mine" });

    controller.edit("summary", "Mine");
    await vi.advanceTimersByTimeAsync(800);
    await vi.advanceTimersByTimeAsync(1);

    expect(save.mock.calls.map(([body]) => body)).toEqual([
      { version: 1, summary: "Mine" },
      { version: 4, summary: "Mine" },
    ]);
    const { draft, state } = controller.getSnapshot();
    expect(state.kind).toBe("saved");
    expect(draft).toMatchObject({ summary: "Mine", what_helps: "Football", version: 5 });
  });

  it("tells onSaved of each version the server saved", async () => {
    const onSaved = vi.fn();
    const controller = started((body) => Promise.resolve(noteAnswer(note(), body)), { onSaved });

    controller.edit("shared", false);
    await vi.advanceTimersByTimeAsync(800);

    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ version: 2, shared: false }));
  });

  it("saves at once when the page is hidden, without waiting for the pause", async () => {
    const save = vi.fn((body: NotePatch) => Promise.resolve(noteAnswer(note(), body)));
    const controller = started(save);
    const visibility = vi.spyOn(document, "visibilityState", "get").mockReturnValue("hidden");

    controller.edit("summary", "Before the lid closes");
    document.dispatchEvent(new Event("visibilitychange"));
    await vi.advanceTimersByTimeAsync(0);

    expect(save).toHaveBeenCalledWith({ version: 1, summary: "Before the lid closes" });
    visibility.mockRestore();
  });

  it("sends what waits when it is disposed, keeping it on the device until saved", async () => {
    const storage = memoryStorage();
    let answer: (saved: Note) => void = () => undefined;
    const save = vi.fn(
      () =>
        new Promise<Note>((resolve) => {
          answer = resolve;
        }),
    );
    const controller = started(save, { storage });

    controller.edit("level", 3);
    controller.dispose();
    expect(save).toHaveBeenCalledWith({ version: 1, level: 3 });
    expect(storage.data.get(KEY)).toContain('"level":3');

    answer(noteAnswer(note(), { version: 1, level: 3 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(storage.data.has(KEY)).toBe(false);
  });

  it("sends nothing on dispose while a conflict waits for the person", async () => {
    const theirs = note({ version: 2, summary: "Theirs" });
    const save = vi.fn<(body: NotePatch) => Promise<Note>>().mockRejectedValue(conflict(theirs));
    const controller = started(save);

    controller.edit("summary", "Mine");
    await vi.advanceTimersByTimeAsync(800);
    expect(controller.getSnapshot().state.kind).toBe("conflict");
    controller.dispose();

    expect(save).toHaveBeenCalledTimes(1);
  });

  it("restores a yes/no field left on the device", () => {
    const storage = memoryStorage({
      [KEY]: JSON.stringify({ version: 1, changes: { shared: false }, base: { shared: true } }),
    });
    const controller = started(() => new Promise<Note>(() => undefined), { storage });

    expect(controller.getSnapshot().draft.shared).toBe(false);
  });
});
