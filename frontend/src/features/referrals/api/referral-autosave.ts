import { ApiError, problemExtension } from "../../../api/api-error";
import { problemFields } from "./problem-fields";
import type { Referral, ReferralPatch } from "./referrals";

type Changes = Omit<ReferralPatch, "version">;

const EDITABLE = [
  "purpose",
  "needed_by",
  "siblings",
  "location_preferences",
  "max_distance",
  "what_helps",
  "budget_weekly_pence",
  "contact_arrangements",
  "young_person_sections",
  "needs",
] as const;

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "merged" }
  | { kind: "failed"; message: string; fields: Record<string, string> };

export interface ReferralAutosaveSnapshot {
  server: Referral;
  state: SaveState;
  unsaved: boolean;
}

/** The referral as it is now, carried by a 409 (`current`), if the error is one. */
function currentOf(error: unknown): Referral | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const current = problemExtension(error.problem, "current");
  return typeof current === "object" && current !== null && "version" in current
    ? (current as Referral)
    : undefined;
}

/** Later changes win; per-domain words are merged, not replaced. */
function mergeChanges(earlier: Changes, later: Changes): Changes {
  const needs = earlier.needs || later.needs ? { ...earlier.needs } : undefined;
  for (const [key, words] of Object.entries(later.needs ?? {})) {
    if (needs) needs[key] = { ...needs[key], ...words };
  }
  return { ...earlier, ...later, ...(needs ? { needs } : {}) };
}

/**
 * Saves a draft referral as it is edited: changes gather for `debounceMs`, then one PATCH
 * sends only them with the version last saved. When someone else saved first (409), the
 * changes are sent again on their version, so only the fields this person changed are
 * theirs; the page says so. A refusal (422) names the fields and keeps the changes.
 */
export class ReferralAutosave {
  private server: Referral;
  private pending: Changes = {};
  private sending = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private state: SaveState = { kind: "idle" };
  private snapshot: ReferralAutosaveSnapshot;
  private listeners = new Set<() => void>();
  private waiters: ((saved: boolean) => void)[] = [];

  constructor(
    initial: Referral,
    private readonly save: (body: ReferralPatch) => Promise<Referral>,
    private readonly debounceMs = 800,
  ) {
    this.server = initial;
    this.snapshot = this.makeSnapshot();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  edit = (changes: Changes) => {
    this.pending = mergeChanges(this.pending, changes);
    this.schedule(this.debounceMs);
    this.emit();
  };

  /** Saves now and waits: true once the server has every change. For "Submit". */
  flush = (): Promise<boolean> => {
    if (!this.hasPending() && !this.sending) return Promise.resolve(this.state.kind !== "failed");
    const done = new Promise<boolean>((resolve) => this.waiters.push(resolve));
    if (!this.sending) this.schedule(0);
    return done;
  };

  dispose = () => {
    clearTimeout(this.timer);
  };

  private hasPending() {
    return Object.keys(this.pending).length > 0;
  }

  private schedule(delay: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.send(), delay);
  }

  private async send(merged = false) {
    if (this.sending) return;
    if (!this.hasPending()) {
      this.settle(true);
      return;
    }
    const changes = this.pending;
    this.pending = {};
    this.sending = true;
    this.state = { kind: "saving" };
    this.emit();
    try {
      this.server = await this.save({ version: this.server.version, ...changes });
      this.sending = false;
      this.state = merged ? { kind: "merged" } : { kind: "saved", at: new Date() };
      if (this.hasPending()) this.schedule(this.waiters.length > 0 ? 0 : this.debounceMs);
      else this.settle(true);
    } catch (error) {
      this.sending = false;
      this.pending = mergeChanges(changes, this.pending);
      const current = currentOf(error);
      if (current?.permissions.can_edit && !merged) {
        this.server = current;
        await this.send(true);
        return;
      }
      if (current) this.server = current;
      const { fields, others } = problemFields(error, EDITABLE);
      const message = others.join(" ") || "Check the fields marked.";
      this.state = { kind: "failed", message, fields };
      this.settle(false);
    }
    this.emit();
  }

  private settle(saved: boolean) {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve(saved);
  }

  private makeSnapshot(): ReferralAutosaveSnapshot {
    return {
      server: this.server,
      state: this.state,
      unsaved: this.hasPending() || this.sending,
    };
  }

  private emit() {
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener();
  }
}
