import type { CareStatus } from "@/lib/child-codes";
import type { CaseloadQuery, CaseloadSort } from "./children";

export const PAGE_SIZE = 25;
export const DEFAULT_SORT: CaseloadSort = "family_name";
/** The "not assessed recently" filter: a review is due every six months. */
export const NOT_ASSESSED_MONTHS = 6;

const SORTS = [
  "family_name",
  "-family_name",
  "date_of_birth",
  "-date_of_birth",
  "latest_score",
  "-latest_score",
  "last_assessed_on",
  "-last_assessed_on",
  "created_at",
  "-created_at",
] as const satisfies readonly CaseloadSort[];
const CARE_STATUSES = [
  "in_care",
  "edge_of_care",
  "care_leaver",
] as const satisfies readonly CareStatus[];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLACEMENT_CODE = /^[A-Z][0-9]$/;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/** A whole number in [min, max] from the address, or undefined for anything else. */
function wholeNumber(value: string | null, min: number, max: number): number | undefined {
  if (value === null || !/^\d{1,3}$/.test(value.trim())) return undefined;
  const number = Number(value.trim());
  return number >= min && number <= max ? number : undefined;
}

/**
 * The caseload's query from the page address. Anything unknown or malformed is dropped
 * rather than sent, so a mistyped address shows the caseload instead of an error.
 */
export function caseloadQueryFrom(params: URLSearchParams): CaseloadQuery {
  const q = params.get("q")?.trim().slice(0, 100);
  const teamId = params.get("team_id");
  const placement = params.get("placement_type")?.trim().toUpperCase();
  return {
    q: q === "" ? undefined : q,
    team_id: teamId && UUID.test(teamId) ? teamId : undefined,
    care_status: oneOf(CARE_STATUSES, params.get("care_status")),
    placement_type: placement && PLACEMENT_CODE.test(placement) ? placement : undefined,
    score_min: wholeNumber(params.get("score_min"), 0, 100),
    score_max: wholeNumber(params.get("score_max"), 0, 100),
    not_assessed_in_months: wholeNumber(params.get("not_assessed_in_months"), 1, 120),
    sort: oneOf(SORTS, params.get("sort")) ?? DEFAULT_SORT,
    page: wholeNumber(params.get("page"), 1, 999) ?? 1,
    page_size: PAGE_SIZE,
  };
}

/** The page address's query string for a caseload query: only what differs from defaults. */
export function searchFor(query: CaseloadQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.team_id) params.set("team_id", query.team_id);
  if (query.care_status) params.set("care_status", query.care_status);
  if (query.placement_type) params.set("placement_type", query.placement_type);
  if (typeof query.score_min === "number") params.set("score_min", String(query.score_min));
  if (typeof query.score_max === "number") params.set("score_max", String(query.score_max));
  if (query.not_assessed_in_months) {
    params.set("not_assessed_in_months", String(query.not_assessed_in_months));
  }
  if (query.sort && query.sort !== DEFAULT_SORT) params.set("sort", query.sort);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** Whether any filter narrows the caseload (sorting and paging do not). */
export function isFiltered(query: CaseloadQuery): boolean {
  return [
    query.q,
    query.team_id,
    query.care_status,
    query.placement_type,
    query.score_min,
    query.score_max,
    query.not_assessed_in_months,
  ].some((value) => value !== undefined && value !== null);
}
