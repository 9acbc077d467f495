import { queryOptions } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";
import { type NeedVsSpendFilters, searchFor } from "./need-vs-spend";

type Schemas = components["schemas"];
export type CohortComparison = Schemas["CohortComparisonRead"];
export type CohortGrouping = Schemas["CohortGrouping"];
export type ScoreDistribution = Schemas["ScoreDistributionRead"];
export type NeedsOverTime = Schemas["NeedsOverTimeRead"];
export type Stability = Schemas["StabilityRead"];
export type MoveRate = Schemas["YearStabilityRead"] | Schemas["ScoreBandStabilityRead"];
export type DistanceFromHome = Schemas["DistanceFromHomeRead"];
export type DistanceFromHomeRow = Schemas["DistanceFromHomeRowRead"];
export type ValueSummary = Schemas["ValueSummaryRead"];
export type EdgeOfCare = Schemas["EdgeOfCareRead"];

export const GROUPINGS: Record<CohortGrouping, string> = {
  team: "Team",
  sex: "Sex",
  age_band: "Age band",
  ethnicity: "Ethnicity",
  placement_type: "Placement type",
};

/** The grouping in the page address, team when none (or an unknown one) is given. */
export function groupingFrom(params: URLSearchParams): CohortGrouping {
  const value = params.get("group_by");
  return value !== null && value in GROUPINGS ? (value as CohortGrouping) : "team";
}

/** The CSV download of an analytic: a plain link, so the browser streams it to a file. */
export function csvHref(
  path: string,
  filters: NeedVsSpendFilters = {},
  extra: Record<string, string> = {},
): string {
  return `/api/v1/analytics/${path}${searchFor(filters, { ...extra, format: "csv" })}`;
}

export function cohortComparisonQueryOptions(filters: NeedVsSpendFilters, groupBy: CohortGrouping) {
  return queryOptions({
    queryKey: queryKeys.analytics.cohortComparison(filters, groupBy),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/analytics/cohort-comparison", {
          params: { query: { ...filters, group_by: groupBy } },
        }),
      ),
  });
}

export function needsOverTimeQueryOptions(filters: NeedVsSpendFilters) {
  return queryOptions({
    queryKey: queryKeys.analytics.needsOverTime(filters),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/analytics/needs-over-time", { params: { query: filters } }),
      ),
  });
}

export function stabilityQueryOptions(filters: NeedVsSpendFilters) {
  return queryOptions({
    queryKey: queryKeys.analytics.stability(filters),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/analytics/stability", { params: { query: filters } }),
      ),
  });
}

export function distanceFromHomeQueryOptions(filters: NeedVsSpendFilters) {
  return queryOptions({
    queryKey: queryKeys.analytics.distanceFromHome(filters),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/analytics/distance-from-home", {
          params: { query: filters },
        }),
      ),
  });
}

export const valueSummaryQueryOptions = queryOptions({
  queryKey: queryKeys.analytics.valueSummary,
  queryFn: async () => dataOrThrow(await apiClient.GET("/api/v1/analytics/value-summary")),
});

export function edgeOfCareQueryOptions(filters: NeedVsSpendFilters) {
  return queryOptions({
    queryKey: queryKeys.analytics.edgeOfCare(filters),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/analytics/edge-of-care", { params: { query: filters } }),
      ),
  });
}
