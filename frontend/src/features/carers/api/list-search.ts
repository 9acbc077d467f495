import { PLACEMENT_TYPES } from "@/lib/placement-types";
import type { ApprovalType, CarerListQuery, HouseholdStatus } from "./carers";

export const PAGE_SIZE = 25;

const APPROVAL_TYPES: readonly ApprovalType[] = PLACEMENT_TYPES;
const STATUSES = ["active", "on_hold", "closed"] as const satisfies readonly HouseholdStatus[];

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

function yesNo(value: string | null): boolean | undefined {
  if (value === "yes") return true;
  if (value === "no") return false;
  return undefined;
}

/**
 * The carers list's query from the page address. Anything unknown is dropped rather than
 * sent, so a mistyped address shows the whole list instead of an error.
 */
export function carerListQueryFrom(params: URLSearchParams): CarerListQuery {
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  const q = params.get("q")?.trim().slice(0, 100);
  return {
    q: q === "" ? undefined : q,
    status: oneOf(STATUSES, params.get("status")),
    in_house: yesNo(params.get("in_house")),
    approved_type: oneOf(APPROVAL_TYPES, params.get("approved_type")),
    with_vacancy: params.get("with_vacancy") === "yes" ? true : undefined,
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    page_size: PAGE_SIZE,
  };
}

/** The page address for a list query: only what differs from the defaults. */
export function searchFor(query: CarerListQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status) params.set("status", query.status);
  if (typeof query.in_house === "boolean") params.set("in_house", query.in_house ? "yes" : "no");
  if (query.approved_type) params.set("approved_type", query.approved_type);
  if (query.with_vacancy) params.set("with_vacancy", "yes");
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}
