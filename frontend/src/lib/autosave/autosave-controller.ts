import { ApiError, problemExtension } from "@/api/api-error";
import { type DraftStorage, readDraft, writeDraft } from "./device-drafts";
import {
  baseOf,
  type Changes,
  type Conflict,
  type EditableRecord,
  entries,
  type FieldModel,
  type FieldValue,
  reconcile,
} from "./field-changes";

export type SaveState<K extends string = string> =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "retrying"; attempt: number }
  | { kind: "conflict"; conflicts: Conflict<K>[] }
  /** `error` is the refusal itself, for an editor that marks the fields it names. */
  | { kind: "failed"; message: string; error: unknown };

export interface AutosaveSnapshot<R, K extends string> {
  /** The record as saved, with the unsaved edits applied: what the form shows. */
  draft: R;
  /** The record as last read from or saved to the server. */
  server: R;
  state: SaveState<K>;
  /** How many fields have edits not yet saved to the server. */
  unsaved: number;
}

export interface AutosaveOptions<R extends EditableRecord, K extends string, P> {
  model: FieldModel<R, K, P>;
  initial: R;
  save: (body: P) => Promise<R>;
  /** The signed-in person, whose unsaved edits these are (see FieldModel.storageKey). */
  ownerId: string;
  storage?: DraftStorage | undefined;
  debounceMs?: number;
  /** Waits before each retry after a failure that may pass (offline, 5xx); the last repeats. */
  retryDelaysMs?: readonly number[];
  /**
   * What a 409 does to a field both people changed: "ask" the person (the `conflict` state),
   * or "keep-mine" where only one person writes the record, so the other save is their own.
   */
  conflicts?: "ask" | "keep-mine";
  /** Told of each version the server saved, e.g. to keep a query cache in step. */
  onSaved?: ((saved: R) => void) | undefined;
  now?: () => Date;
}

const DEFAULT_RETRY_DELAYS = [1_000, 2_000, 5_000, 10_000, 30_000];

/** The record as it is now, carried by a 409 (`current`), if the error is one. */
function currentFromConflict<R>(error: unknown, recordFrom: (value: unknown) => R | undefined) {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  return recordFrom(problemExtension(error.problem, "current"));
}

function without<K extends string>(changes: Changes<K>, key: K): Changes<K> {
  return Object.fromEntries(entries(changes).filter(([other]) => other !== key)) as Changes<K>;
}

/** Whether trying again later may work: no answer at all, or the server's own failure. */
function mayPass(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

function messageOf(error: unknown): string {
  if (!(error instanceof ApiError)) return "Kindred could not be reached.";
  if (error.status === 401) return "you are signed out. Your changes are kept on this device.";
  const first = error.problem.errors?.[0]?.message;
  return first ? `${error.problem.detail} ${first}` : error.problem.detail;
}

/**
 * Saves a record as it is edited, field by field (its `model` says how): edits wait
 * `debounceMs` to gather, then one save sends just the changed fields with the version last
 * saved; each answer's version is the next one's base. Unsaved edits are kept in `storage`
 * until the server has them, so a reload or a lost connection loses nothing. A save that may
 * pass later is retried with backoff (and at once when the browser is back online, or when
 * the page is hidden or left); a 409 merges three ways and leaves the fields both people
 * changed for the person to choose (or keeps mine: see `conflicts`).
 */
export class AutosaveController<R extends EditableRecord, K extends string, P> {
  private server: R;
  private pending: Changes<K> = {};
  private inFlight: Changes<K> | null = null;
  private base: Changes<K> = {};
  /** The version the unsaved changes were made on; older than the server's in a conflict. */
  private basedOn: number;
  private state: SaveState<K> = { kind: "idle" };
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private restored = false;
  private listeners = new Set<() => void>();
  private waiters: ((saved: boolean) => void)[] = [];
  private snapshot: AutosaveSnapshot<R, K>;
  private readonly options: Required<Omit<AutosaveOptions<R, K, P>, "storage" | "onSaved">> &
    Pick<AutosaveOptions<R, K, P>, "storage" | "onSaved">;

  constructor(options: AutosaveOptions<R, K, P>) {
    this.options = {
      debounceMs: 800,
      retryDelaysMs: DEFAULT_RETRY_DELAYS,
      conflicts: "ask",
      now: () => new Date(),
      ...options,
    };
    this.server = options.initial;
    this.basedOn = options.initial.version;
    this.snapshot = this.makeSnapshot();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): AutosaveSnapshot<R, K> => this.snapshot;

  /** Restores edits left on the device by an earlier visit and sends them; listens for online. */
  start = (): void => {
    globalThis.addEventListener("online", this.onOnline);
    globalThis.document.addEventListener("visibilitychange", this.onVisibility);
    if (!this.restored) {
      this.restored = true;
      this.restore();
    } else if (this.hasPending()) {
      this.schedule(0);
    }
  };

  /** Stops the timers and listeners (the page is closing) and sends what is waiting. */
  dispose = (): void => {
    globalThis.removeEventListener("online", this.onOnline);
    globalThis.document.removeEventListener("visibilitychange", this.onVisibility);
    clearTimeout(this.timer);
    // Sent rather than only kept on the device; kept there too until the server has it.
    if (this.waiting()) void this.send();
  };

  /** Records an edit of one field and saves it soon. */
  edit = (key: K, value: FieldValue): void => {
    if (!(key in this.base)) {
      const was = this.options.model.valueIn(this.server, key);
      if (was !== undefined) this.base[key] = was;
    }
    this.pending[key] = value;
    this.persist();
    if (this.state.kind !== "conflict") this.schedule(this.options.debounceMs);
    this.emit();
  };

  /** Settles each conflicting field with mine or theirs, then saves on the newer version. */
  resolve = (choices: Partial<Record<K, "mine" | "theirs">>): void => {
    if (this.state.kind !== "conflict") return;
    for (const { key, theirs } of this.state.conflicts) {
      if (choices[key] === "theirs") {
        this.pending = without(this.pending, key);
        this.base = without(this.base, key);
      } else {
        this.base[key] = theirs;
      }
    }
    this.basedOn = this.server.version;
    this.state = { kind: "saving" };
    this.persist();
    this.schedule(0);
    this.emit();
  };

  /**
   * Saves everything now and waits: true once the server has every edit, false if it could
   * not (offline, a conflict to settle, a refusal). For "Submit", which needs all saved.
   */
  flush = (): Promise<boolean> => {
    if (!this.hasPending() && !this.inFlight) return Promise.resolve(true);
    if (this.state.kind === "conflict") return Promise.resolve(false);
    const result = new Promise<boolean>((resolve) => this.waiters.push(resolve));
    if (!this.inFlight) this.schedule(0);
    return result;
  };

  private onOnline = () => {
    if (this.state.kind === "retrying") this.schedule(0);
  };

  /** A hidden page may be put to sleep or closed: save now rather than after the pause. */
  private onVisibility = () => {
    if (globalThis.document.visibilityState === "hidden" && this.waiting()) this.schedule(0);
  };

  private hasPending(): boolean {
    return Object.keys(this.pending).length > 0;
  }

  /** Edits wait for the pause or a retry (not for a save on its way, the person or a fix). */
  private waiting(): boolean {
    const stopped = this.state.kind === "conflict" || this.state.kind === "failed";
    return this.hasPending() && !this.inFlight && !stopped;
  }

  private restore() {
    const stored = readDraft(this.options.storage, this.storageKey(), this.options.model.isKey);
    if (!stored || entries(stored.changes).length === 0) return;
    if (!this.server.permissions.can_edit) return;
    if (stored.version === this.server.version) {
      this.pending = { ...stored.changes };
      this.base = { ...stored.base };
    } else {
      this.merge(stored.changes, stored.base, stored.version);
    }
    this.persist();
    if (this.hasPending() && this.state.kind !== "conflict") {
      this.state = { kind: "saving" };
      this.schedule(0);
    }
    this.emit();
  }

  /**
   * Puts my changes (made on version `basedOn`) on top of the server's newer version. Fields
   * only I changed are kept and sent again; conflicts wait for the person, and until then
   * the device keeps the old base so a reload asks the same question.
   */
  private merge(mine: Changes<K>, base: Changes<K>, basedOn: number) {
    const { model } = this.options;
    const { keep, conflicts } = reconcile(model, this.server, mine, base);
    this.pending = keep;
    this.base = { ...base, ...baseOf(model, this.server, this.keysOf(keep)) };
    if (conflicts.length > 0 && this.options.conflicts === "ask") {
      for (const conflict of conflicts) this.base[conflict.key] = base[conflict.key] ?? null;
      this.basedOn = basedOn;
      this.state = { kind: "conflict", conflicts };
      this.settle(false);
    } else {
      this.basedOn = this.server.version;
    }
  }

  private schedule(delay: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.send(), delay);
  }

  private async send() {
    if (this.inFlight || this.state.kind === "conflict") return;
    if (!this.hasPending()) {
      this.settle(true);
      return;
    }
    const sending = this.pending;
    this.inFlight = sending;
    this.pending = {};
    this.state = { kind: "saving" };
    this.emit();
    try {
      const body = this.options.model.patchBody(this.server.version, sending, this.server);
      const saved = await this.options.save(body);
      this.saved(saved);
    } catch (error) {
      this.failed(error, sending);
    }
  }

  private saved(saved: R) {
    this.server = saved;
    this.basedOn = saved.version;
    this.inFlight = null;
    this.attempt = 0;
    this.base = baseOf(this.options.model, saved, this.keysOf(this.pending));
    this.persist();
    this.options.onSaved?.(saved);
    if (this.hasPending()) {
      this.state = { kind: "saving" };
      this.schedule(this.waiters.length > 0 ? 0 : this.options.debounceMs);
    } else {
      this.state = { kind: "saved", at: this.options.now() };
      this.settle(true);
    }
    this.emit();
  }

  private failed(error: unknown, sending: Changes<K>) {
    this.inFlight = null;
    const unsaved = { ...sending, ...this.pending };
    const current = currentFromConflict(error, this.options.model.recordFrom);
    if (current) {
      const basedOn = this.server.version;
      this.server = current;
      if (current.permissions.can_edit) {
        this.merge(unsaved, this.base, basedOn);
        if (this.state.kind !== "conflict") this.schedule(0);
      } else {
        this.pending = unsaved;
        this.state = {
          kind: "failed",
          message:
            error instanceof ApiError ? error.problem.detail : "It can no longer be changed.",
          error,
        };
        this.settle(false);
      }
    } else if (mayPass(error)) {
      this.pending = unsaved;
      this.attempt += 1;
      this.state = { kind: "retrying", attempt: this.attempt };
      const delays = this.options.retryDelaysMs;
      this.schedule(delays[Math.min(this.attempt, delays.length) - 1] ?? 5_000);
      this.settle(false);
    } else {
      this.pending = unsaved;
      this.state = { kind: "failed", message: messageOf(error), error };
      this.settle(false);
    }
    this.persist();
    this.emit();
  }

  private settle(saved: boolean) {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve(saved);
  }

  private storageKey(): string {
    return this.options.model.storageKey(this.server.id, this.options.ownerId);
  }

  private keysOf(changes: Changes<K>): K[] {
    return Object.keys(changes) as K[];
  }

  private persist() {
    writeDraft(this.options.storage, this.storageKey(), {
      version: this.basedOn,
      changes: { ...this.inFlight, ...this.pending },
      base: this.base,
    });
  }

  private makeSnapshot(): AutosaveSnapshot<R, K> {
    const unsaved = { ...this.inFlight, ...this.pending };
    return {
      draft: this.options.model.applyChanges(this.server, unsaved),
      server: this.server,
      state: this.state,
      unsaved: Object.keys(unsaved).length,
    };
  }

  private emit() {
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener();
  }
}
