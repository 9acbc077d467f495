import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { ApiError } from "@/api/api-error";
import { memoryStorage } from "@/test/memory-storage";
import {
  type Note,
  noteAnswer as answer,
  noteFields,
  type NotePatch,
  note,
} from "@/test/note-fields";
import { useAutosave } from "./use-autosave";

function conflict(current: Note) {
  return new ApiError({
    type: "https://kindred.example/problems/conflict",
    title: "Conflict",
    status: 409,
    detail: "Someone else saved this since you opened it.",
    current,
  } as never);
}

const OWNER = "person-1";
const KEY = noteFields.storageKey(note().id, OWNER);

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe("useAutosave", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-11-23T14:32:00Z"));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("waits for a pause in typing, then sends only the changed fields with the version", async () => {
    const save = vi.fn((body: NotePatch) => Promise.resolve(answer(note(), body)));
    const { result } = renderHook(() =>
      useAutosave(noteFields, note(), save, {
        ownerId: OWNER,
        storage: memoryStorage(),
      }),
    );

    act(() => {
      result.current.edit("level", 2);
      result.current.edit("summary", "Settled");
    });
    await advance(500);
    act(() => {
      result.current.edit("summary", "Settled at school");
    });
    await advance(700);
    expect(save).not.toHaveBeenCalled();
    expect(result.current.draft.summary).toBe("Settled at school");
    expect(result.current.unsaved).toBe(2);

    await advance(100);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({
      version: 1,
      summary: "Settled at school",
      level: 2,
    });
    expect(result.current.state).toEqual({
      kind: "saved",
      at: new Date("2026-11-23T14:32:01.300Z"),
    });
    expect(result.current.server.version).toBe(2);
    expect(result.current.unsaved).toBe(0);
  });

  it("bases each save on the version the last one returned", async () => {
    let server = note({ version: 7 });
    const save = vi.fn((body: NotePatch) => {
      server = answer(server, body);
      return Promise.resolve(server);
    });
    const { result } = renderHook(() =>
      useAutosave(noteFields, server, save, { ownerId: OWNER, storage: memoryStorage() }),
    );

    act(() => {
      result.current.edit("aspirations", "College");
    });
    await advance(800);
    act(() => {
      result.current.edit("what_helps", "Music");
    });
    await advance(800);

    expect(save.mock.calls.map(([body]) => body)).toEqual([
      { version: 7, aspirations: "College" },
      { version: 8, what_helps: "Music" },
    ]);
    expect(result.current.server.version).toBe(9);
  });

  it("keeps edits on the device until saved, and retries with backoff when offline", async () => {
    const storage = memoryStorage();
    const save = vi
      .fn<(body: NotePatch) => Promise<Note>>()
      .mockRejectedValueOnce(new TypeError("Failed to fetch"))
      .mockRejectedValueOnce(
        new ApiError({ type: "about:blank", title: "Bad gateway", status: 502, detail: "Down." }),
      )
      .mockImplementation((body) => Promise.resolve(answer(note(), body)));
    const { result } = renderHook(() =>
      useAutosave(noteFields, note(), save, {
        ownerId: OWNER,
        storage,
        retryDelaysMs: [1_000, 2_000],
      }),
    );

    act(() => {
      result.current.edit("evidence", "School reports");
    });
    expect(JSON.parse(storage.data.get(KEY) ?? "{}")).toMatchObject({
      version: 1,
      changes: { evidence: "School reports" },
    });

    await advance(800);
    expect(result.current.state).toEqual({ kind: "retrying", attempt: 1 });
    expect(result.current.draft.evidence).toBe("School reports");
    expect(storage.data.has(KEY)).toBe(true);

    await advance(1_000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(result.current.state).toEqual({ kind: "retrying", attempt: 2 });

    await advance(1_999);
    expect(save).toHaveBeenCalledTimes(2);
    await advance(1);
    expect(save).toHaveBeenCalledTimes(3);
    expect(save).toHaveBeenLastCalledWith({
      version: 1,
      evidence: "School reports",
    });
    expect(result.current.state.kind).toBe("saved");
    expect(storage.data.has(KEY)).toBe(false);
  });

  it("tries again at once when the browser comes back online", async () => {
    const save = vi
      .fn<(body: NotePatch) => Promise<Note>>()
      .mockRejectedValueOnce(new TypeError("Failed to fetch"))
      .mockImplementation((body) => Promise.resolve(answer(note(), body)));
    const { result } = renderHook(() =>
      useAutosave(noteFields, note(), save, {
        ownerId: OWNER,
        storage: memoryStorage(),
        retryDelaysMs: [60_000],
      }),
    );
    act(() => {
      result.current.edit("summary", "x");
    });
    await advance(800);
    expect(result.current.state.kind).toBe("retrying");

    await act(async () => {
      window.dispatchEvent(new Event("online"));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(save).toHaveBeenCalledTimes(2);
    expect(result.current.state.kind).toBe("saved");
  });

  it("on a 409 keeps the fields only I changed and asks about the ones we both changed", async () => {
    const theirs = note({ version: 4, summary: "Their summary", what_helps: "Football" });
    const save = vi
      .fn<(body: NotePatch) => Promise<Note>>()
      .mockRejectedValueOnce(conflict(theirs))
      .mockImplementation((body) => Promise.resolve(answer(theirs, body)));
    const { result } = renderHook(() =>
      useAutosave(noteFields, note(), save, {
        ownerId: OWNER,
        storage: memoryStorage(),
      }),
    );

    act(() => {
      result.current.edit("summary", "My summary");
      result.current.edit("aspirations", "Be a vet");
    });
    await advance(800);

    expect(result.current.state).toEqual({
      kind: "conflict",
      conflicts: [{ key: "summary", mine: "My summary", theirs: "Their summary" }],
    });
    expect(result.current.server.version).toBe(4);
    // Their other change shows; mine stay on screen while the person decides.
    expect(result.current.draft.what_helps).toBe("Football");
    expect(result.current.draft.summary).toBe("My summary");
    await advance(5_000);
    expect(save).toHaveBeenCalledTimes(1);

    act(() => {
      result.current.resolve({ summary: "mine" });
    });
    await advance(0);
    expect(save).toHaveBeenLastCalledWith({
      version: 4,
      summary: "My summary",
      aspirations: "Be a vet",
    });
    expect(result.current.state.kind).toBe("saved");
    expect(result.current.server.version).toBe(5);
  });

  it("drops my value of a conflicting field when I choose theirs", async () => {
    const theirs = note({ version: 2, summary: "Their summary" });
    const save = vi
      .fn<(body: NotePatch) => Promise<Note>>()
      .mockRejectedValueOnce(conflict(theirs))
      .mockImplementation((body) => Promise.resolve(answer(theirs, body)));
    const { result } = renderHook(() =>
      useAutosave(noteFields, note(), save, {
        ownerId: OWNER,
        storage: memoryStorage(),
      }),
    );
    act(() => {
      result.current.edit("summary", "My summary");
    });
    await advance(800);
    act(() => {
      result.current.resolve({ summary: "theirs" });
    });
    await advance(0);

    expect(save).toHaveBeenCalledTimes(1);
    expect(result.current.draft.summary).toBe("Their summary");
    expect(result.current.unsaved).toBe(0);
  });

  it("sends again on the new version at once when the other save touched none of my fields", async () => {
    const theirs = note({ version: 3, what_helps: "Football" });
    const save = vi
      .fn<(body: NotePatch) => Promise<Note>>()
      .mockRejectedValueOnce(conflict(theirs))
      .mockImplementation((body) => Promise.resolve(answer(theirs, body)));
    const { result } = renderHook(() =>
      useAutosave(noteFields, note(), save, {
        ownerId: OWNER,
        storage: memoryStorage(),
      }),
    );
    act(() => {
      result.current.edit("level", 3);
    });
    await advance(800);
    // The second try is scheduled from inside the first one's timer tick: 1 ms on.
    await advance(1);

    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith({
      version: 3,
      level: 3,
    });
    expect(result.current.state.kind).toBe("saved");
  });

  it("restores edits left on the device and sends them on load", async () => {
    const storage = memoryStorage({
      [KEY]: JSON.stringify({
        version: 1,
        changes: { level: 2, summary: "Typed offline" },
        base: { level: null, summary: "" },
      }),
    });
    const save = vi.fn((body: NotePatch) => Promise.resolve(answer(note(), body)));
    const { result } = renderHook(() =>
      useAutosave(noteFields, note(), save, { ownerId: OWNER, storage }),
    );

    expect(result.current.draft.summary).toBe("Typed offline");
    expect(result.current.draft.level).toBe(2);
    await advance(0);
    expect(save).toHaveBeenCalledWith({
      version: 1,
      summary: "Typed offline",
      level: 2,
    });
    expect(storage.data.has(KEY)).toBe(false);
  });

  it("never restores another person's edits left on the same device", async () => {
    const storage = memoryStorage({
      [KEY]: JSON.stringify({
        version: 1,
        changes: { summary: "Typed by the person before" },
        base: { summary: "" },
      }),
    });
    const save = vi.fn((body: NotePatch) => Promise.resolve(answer(note(), body)));
    const { result } = renderHook(() =>
      useAutosave(noteFields, note(), save, { ownerId: "the-next-person", storage }),
    );

    expect(result.current.draft.summary).toBe("");
    await advance(1_000);
    expect(save).not.toHaveBeenCalled();
    expect(storage.data.has(KEY)).toBe(true); // still theirs, for when they sign in here again
  });

  it("merges restored edits made on an older version before sending anything", async () => {
    const storage = memoryStorage({
      [KEY]: JSON.stringify({
        version: 1,
        changes: { summary: "Mine", aspirations: "Be a vet" },
        base: { summary: "", aspirations: "" },
      }),
    });
    const save = vi.fn((body: NotePatch) => Promise.resolve(answer(note(), body)));
    const server = note({ version: 6, summary: "Theirs" });
    const { result } = renderHook(() =>
      useAutosave(noteFields, server, save, { ownerId: OWNER, storage }),
    );

    await advance(0);
    expect(save).not.toHaveBeenCalled();
    expect(result.current.state).toEqual({
      kind: "conflict",
      conflicts: [{ key: "summary", mine: "Mine", theirs: "Theirs" }],
    });
    // Still based on version 1 on the device, so a reload asks the same question.
    expect(JSON.parse(storage.data.get(KEY) ?? "{}")).toMatchObject({ version: 1 });
  });

  it("flush saves at once and says whether everything reached the server", async () => {
    const save = vi.fn((body: NotePatch) => Promise.resolve(answer(note(), body)));
    const { result } = renderHook(() =>
      useAutosave(noteFields, note(), save, {
        ownerId: OWNER,
        storage: memoryStorage(),
      }),
    );
    act(() => {
      result.current.edit("summary", "Done");
    });
    let saved: boolean | undefined;
    await act(async () => {
      const flushing = result.current.flush();
      await vi.advanceTimersByTimeAsync(0);
      saved = await flushing;
    });
    expect(saved).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it("stops on a refusal that will not pass by itself, and says why", async () => {
    const save = vi.fn<(body: NotePatch) => Promise<Note>>().mockRejectedValue(
      new ApiError({
        type: "https://kindred.example/problems/validation-error",
        title: "Invalid",
        status: 422,
        detail: "Your request has invalid fields.",
        errors: [{ field: "body.summary", message: "At most 20,000 characters." }],
      }),
    );
    const { result } = renderHook(() =>
      useAutosave(noteFields, note(), save, {
        ownerId: OWNER,
        storage: memoryStorage(),
      }),
    );
    act(() => {
      result.current.edit("summary", "x".repeat(20_001));
    });
    await advance(60_000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(result.current.state).toMatchObject({
      kind: "failed",
      message: "Your request has invalid fields. At most 20,000 characters.",
    });
  });
});
