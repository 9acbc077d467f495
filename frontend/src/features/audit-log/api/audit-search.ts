import type { AuditAction, AuditQuery, Outcome } from "./audit-events";

export const PAGE_SIZE = 25;

/** How each action reads in the log; `satisfies` fails the build when the API adds one. */
export const ACTION_LABELS = {
  read: "Read",
  list: "List",
  create: "Create",
  update: "Update",
  submit: "Submit",
  approve: "Approve",
  return: "Return",
  share: "Share",
  withdraw: "Withdraw",
  export: "Export",
  sign_in: "Sign in",
  sign_in_failure: "Failed sign-in",
  sign_in_locked: "Sign-in locked",
  sign_out: "Sign out",
  token_issued: "Token issued",
  token_refused: "Token refused",
  rotate_secret: "Secret rotated",
  revoke: "Revoke",
  denied: "Denied",
} as const satisfies Record<AuditAction, string>;

export const OUTCOME_LABELS = {
  success: "Success",
  failure: "Failure",
  denied: "Denied",
} as const satisfies Record<Outcome, string>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

function keyOf<T extends object>(labels: T, value: string | null): keyof T | undefined {
  return value !== null && Object.hasOwn(labels, value) ? (value as keyof T) : undefined;
}

function uuidOrUndefined(value: string | null) {
  return value && UUID.test(value) ? value : undefined;
}

function dateOrUndefined(value: string | null) {
  return value && ISO_DATE.test(value) ? value : undefined;
}

/** The audit search from the page address; anything malformed is left out, not sent. */
export function auditQueryFrom(params: URLSearchParams): AuditQuery {
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return {
    user_id: uuidOrUndefined(params.get("user_id")),
    child_id: uuidOrUndefined(params.get("child_id")),
    action: keyOf(ACTION_LABELS, params.get("action")),
    outcome: keyOf(OUTCOME_LABELS, params.get("outcome")),
    from: dateOrUndefined(params.get("from")),
    to: dateOrUndefined(params.get("to")),
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    page_size: PAGE_SIZE,
  };
}

const FILTERS = ["user_id", "child_id", "action", "outcome", "from", "to"] as const;

/** The page address for an audit search: only the filters set, and the page if not the first. */
export function auditSearchFor(query: AuditQuery): string {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = query[name];
    if (value) params.set(name, value);
  }
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}
