import { queryOptions } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";

export type NeedVsSpend = components["schemas"]["NeedVsSpendRead"];
export type NeedVsSpendPoint = components["schemas"]["NeedVsSpendPoint"];
export type AgeBand = components["schemas"]["AgeBand"];
export type Sex = components["schemas"]["Sex"];

/** The filters a person chose; empty means everyone. */
export interface NeedVsSpendFilters {
  placement_type?: string;
  team_id?: string;
  age_band?: AgeBand;
  sex?: Sex;
}

export const FILTER_NAMES = ["placement_type", "team_id", "age_band", "sex"] as const;

/** The filters from the page address (`?placement_type=K2&sex=2`), as given (the API checks them). */
export function filtersFrom(params: URLSearchParams): NeedVsSpendFilters {
  const filters: Record<string, string> = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return filters;
}

/** The query string for filters, without empty ones ("" for none). */
export function searchFor(filters: NeedVsSpendFilters, extra: Record<string, string> = {}) {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function needVsSpendQueryOptions(filters: NeedVsSpendFilters) {
  return queryOptions({
    queryKey: queryKeys.analytics.needVsSpend(filters),
    queryFn: async (): Promise<NeedVsSpend> =>
      dataOrThrow(
        await apiClient.GET("/api/v1/analytics/need-vs-spend", { params: { query: filters } }),
      ),
  });
}

/** The CSV download of the same data: a plain link, so the browser streams it to a file. */
export function needVsSpendCsvHref(filters: NeedVsSpendFilters): string {
  return `/api/v1/analytics/need-vs-spend${searchFor(filters, { format: "csv" })}`;
}
