import { ApiError, problemExtension } from "../../../api/api-error";
import { type AboutMeContent, type AboutMeWrite, contentOf, type MyAboutMe } from "./my-voice";

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved" }
  | { kind: "retrying" }
  | { kind: "failed"; message: string };

export interface AboutMeSnapshot {
  /** What the pages show: the saved version with any unsaved changes on top. */
  draft: AboutMeContent;
  state: SaveState;
}

type Storage = Pick<globalThis.Storage, "getItem" | "setItem" | "removeItem">;

export interface AboutMeAutosaveOptions {
  initial: MyAboutMe;
  save: (body: AboutMeWrite) => Promise<MyAboutMe>;
  onSaved?: (saved: MyAboutMe) => void;
  /** Where unsaved changes wait (the tablet's localStorage), under `storageKey`. */
  storage: Storage | undefined;
  storageKey: string;
  debounceMs?: number;
  retryDelaysMs?: readonly number[];
}

interface StoredChanges {
  draft: AboutMeContent;
}

const RETRY_DELAYS = [1_000, 2_000, 5_000, 10_000, 30_000];

/** The newer version a 409 carries in `current`, if the error is one. */
function currentFromConflict(error: unknown): MyAboutMe | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const current = problemExtension(error.problem, "current");
  if (typeof current !== "object" || current === null) return undefined;
  return typeof (current as Partial<MyAboutMe>).number === "number"
    ? (current as MyAboutMe)
    : undefined;
}

/** No answer at all, or the server's own failure: trying again later may work. */
function mayPass(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

/**
 * Saves a young person's "About me" as they write: changes gather for `debounceMs`, then one
 * PUT sends the whole of it with the version number it was based on. Until the server has
 * it, the draft waits on the tablet, so sleep, a reload or a lost connection loses nothing;
 * saves that may pass later are retried (at once when the tablet is back online).
 *
 * Only the young person writes here, so a 409 means they saved from somewhere else too: their
 * newest words are saved on top of it, and the other version stays in the history.
 */
export class AboutMeAutosave {
  private server: MyAboutMe;
  private draft: AboutMeContent;
  private dirty = false;
  private sending = false;
  private attempt = 0;
  private state: SaveState = { kind: "idle" };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<() => void>();
  private snapshot: AboutMeSnapshot;
  private readonly options: Required<Omit<AboutMeAutosaveOptions, "storage" | "onSaved">> &
    Pick<AboutMeAutosaveOptions, "storage" | "onSaved">;

  constructor(options: AboutMeAutosaveOptions) {
    this.options = { debounceMs: 800, retryDelaysMs: RETRY_DELAYS, ...options };
    this.server = options.initial;
    this.draft = contentOf(options.initial);
    this.snapshot = { draft: this.draft, state: this.state };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): AboutMeSnapshot => this.snapshot;

  /** Brings back changes left on the tablet and sends them; saves at once when it sleeps. */
  start = (): void => {
    globalThis.addEventListener("online", this.sendNow);
    globalThis.document.addEventListener("visibilitychange", this.onVisibility);
    const stored = this.readStored();
    if (stored) {
      this.draft = stored.draft;
      this.dirty = true;
      this.state = { kind: "saving" };
      this.schedule(0);
      this.emit();
    }
  };

  dispose = (): void => {
    globalThis.removeEventListener("online", this.sendNow);
    globalThis.document.removeEventListener("visibilitychange", this.onVisibility);
    clearTimeout(this.timer);
    // Leaving the page: send what is waiting rather than only keep it on the tablet.
    if (this.dirty && !this.sending) void this.send();
  };

  /** Records a change and saves it soon. */
  change = (update: (draft: AboutMeContent) => AboutMeContent): void => {
    this.draft = update(this.draft);
    this.dirty = true;
    this.writeStored();
    this.schedule(this.options.debounceMs);
    this.emit();
  };

  private sendNow = (): void => {
    if (this.dirty) this.schedule(0);
  };

  private onVisibility = (): void => {
    if (globalThis.document.visibilityState === "hidden") this.sendNow();
  };

  private schedule(delay: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.send(), delay);
  }

  private async send() {
    if (this.sending || !this.dirty) return;
    const sent = this.draft;
    this.sending = true;
    this.dirty = false;
    this.state = { kind: "saving" };
    this.emit();
    try {
      const saved = await this.options.save({ based_on: this.server.number, ...sent });
      this.server = saved;
      this.attempt = 0;
      this.options.onSaved?.(saved);
      // Changed again while this save was on its way: that change is saved next.
      if (this.draft !== sent) {
        this.schedule(this.options.debounceMs);
      } else {
        this.options.storage?.removeItem(this.options.storageKey);
        this.state = { kind: "saved" };
      }
    } catch (error) {
      this.failed(error);
    } finally {
      this.sending = false;
      this.emit();
    }
  }

  private failed(error: unknown) {
    this.dirty = true;
    const current = currentFromConflict(error);
    if (current) {
      this.server = current;
      this.schedule(0);
    } else if (mayPass(error)) {
      this.attempt += 1;
      this.state = { kind: "retrying" };
      const delays = this.options.retryDelaysMs;
      this.schedule(delays[Math.min(this.attempt, delays.length) - 1] ?? 5_000);
    } else {
      this.state = {
        kind: "failed",
        message: error instanceof ApiError ? error.problem.detail : "It could not be saved.",
      };
    }
  }

  private readStored(): StoredChanges | undefined {
    try {
      const text = this.options.storage?.getItem(this.options.storageKey);
      return text ? (JSON.parse(text) as StoredChanges) : undefined;
    } catch {
      return undefined;
    }
  }

  private writeStored() {
    const stored: StoredChanges = { draft: this.draft };
    try {
      this.options.storage?.setItem(this.options.storageKey, JSON.stringify(stored));
    } catch {
      // A full or blocked storage: the change is still sent, just not kept over a reload.
    }
  }

  private emit() {
    this.snapshot = { draft: this.draft, state: this.state };
    for (const listener of this.listeners) listener();
  }
}
