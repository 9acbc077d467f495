import type { components } from "@/api/schema";
import type { UserListQuery, UserSort } from "./users";

type Role = components["schemas"]["Role"];
type UserStatus = components["schemas"]["UserStatus"];

export const PAGE_SIZE = 25;
export const DEFAULT_SORT: UserSort = "display_name";

const SORTS = [
  "display_name",
  "-display_name",
  "email",
  "-email",
  "role",
  "-role",
  "created_at",
  "-created_at",
] as const satisfies readonly UserSort[];
const ROLES = [
  "practitioner",
  "manager",
  "commissioner",
  "admin",
  "young_person",
  "agency_user",
] as const satisfies readonly Role[];
const STATUSES = ["active", "paused", "ended"] as const satisfies readonly UserStatus[];

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The account list's query from the page address. Anything unknown is dropped rather than
 * sent, so a mistyped address shows the whole list instead of an error.
 */
export function userListQueryFrom(params: URLSearchParams): UserListQuery {
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  const q = params.get("q")?.trim().slice(0, 100);
  const teamId = params.get("team_id");
  return {
    role: oneOf(ROLES, params.get("role")),
    status: oneOf(STATUSES, params.get("status")),
    team_id: teamId && UUID.test(teamId) ? teamId : undefined,
    q: q === "" ? undefined : q,
    sort: oneOf(SORTS, params.get("sort")) ?? DEFAULT_SORT,
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    page_size: PAGE_SIZE,
  };
}

/** The page address for a list query: only what differs from the defaults. */
export function searchFor(query: UserListQuery): string {
  const params = new URLSearchParams();
  if (query.role) params.set("role", query.role);
  if (query.team_id) params.set("team_id", query.team_id);
  if (query.status) params.set("status", query.status);
  if (query.q) params.set("q", query.q);
  if (query.sort && query.sort !== DEFAULT_SORT) params.set("sort", query.sort);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}
