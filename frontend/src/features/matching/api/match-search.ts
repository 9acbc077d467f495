import { PLACEMENT_TYPES, type PlacementType } from "@/lib/placement-types";
import type { MatchQuery } from "./matches";

/** The matches page's filters, as the page address keeps them. */
export interface MatchFilters {
  placementType: PlacementType;
  /** Leave out households farther than this many miles; undefined: any distance. */
  maxMiles: number | undefined;
  /** Children to place together. */
  siblings: number;
  inHouseOnly: boolean;
  /** Also list the households a hard filter left out, with the reasons. */
  includeExcluded: boolean;
  /** How many ranked households to show. */
  limit: number;
}

export const DISTANCE_CHOICES_MILES = [5, 10, 20, 30, 50, 100] as const;
export const LIMIT_CHOICES = [20, 50, 100] as const;
export const MAX_SIBLINGS = 6;
export const KM_PER_MILE = 1.609344;

export const DEFAULT_FILTERS: MatchFilters = {
  placementType: "long_term",
  maxMiles: undefined,
  siblings: 1,
  inHouseOnly: false,
  includeExcluded: false,
  limit: 20,
};

function wholeNumberIn(value: string | null, allowed: readonly number[]): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const number = Number(value);
  return allowed.includes(number) ? number : undefined;
}

const SIBLING_COUNTS = Array.from({ length: MAX_SIBLINGS }, (_, index) => index + 1);

/**
 * The filters from the page address. Anything unknown falls back to its default rather than
 * being sent, so a mistyped address still shows matches.
 */
export function matchFiltersFrom(params: URLSearchParams): MatchFilters {
  const type = params.get("placement_type");
  return {
    placementType: PLACEMENT_TYPES.find((candidate) => candidate === type) ?? "long_term",
    maxMiles: wholeNumberIn(params.get("max_miles"), DISTANCE_CHOICES_MILES),
    siblings: wholeNumberIn(params.get("siblings"), SIBLING_COUNTS) ?? 1,
    inHouseOnly: params.get("in_house_only") === "yes",
    includeExcluded: params.get("include_excluded") === "yes",
    limit: wholeNumberIn(params.get("limit"), LIMIT_CHOICES) ?? DEFAULT_FILTERS.limit,
  };
}

/** The page address for the filters: only what differs from the defaults. */
export function searchForMatches(filters: MatchFilters): string {
  const params = new URLSearchParams();
  if (filters.placementType !== DEFAULT_FILTERS.placementType) {
    params.set("placement_type", filters.placementType);
  }
  if (filters.maxMiles !== undefined) params.set("max_miles", String(filters.maxMiles));
  if (filters.siblings !== 1) params.set("siblings", String(filters.siblings));
  if (filters.inHouseOnly) params.set("in_house_only", "yes");
  if (filters.includeExcluded) params.set("include_excluded", "yes");
  if (filters.limit !== DEFAULT_FILTERS.limit) params.set("limit", String(filters.limit));
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** Miles as the kilometres the API takes, to the metre. */
export function milesToKm(miles: number): number {
  return Math.round(miles * KM_PER_MILE * 1000) / 1000;
}

/** What the API is asked for the filters. */
export function matchQueryFor(filters: MatchFilters): MatchQuery {
  return {
    placement_type: filters.placementType,
    ...(filters.maxMiles === undefined ? {} : { max_distance_km: milesToKm(filters.maxMiles) }),
    siblings: filters.siblings,
    in_house_only: filters.inHouseOnly,
    include_excluded: filters.includeExcluded,
    limit: filters.limit,
  };
}
