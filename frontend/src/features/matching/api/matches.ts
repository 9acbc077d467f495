import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components, paths } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";

export type Matches = components["schemas"]["MatchesRead"];
export type HouseholdMatch = components["schemas"]["HouseholdMatchRead"];
export type ExcludedHousehold = components["schemas"]["ExcludedHouseholdRead"];
export type Verdict = components["schemas"]["Verdict"];
export type ExclusionReason = components["schemas"]["ExclusionReason"];
export type Exclusion = components["schemas"]["ExclusionRead"];
export type Child = components["schemas"]["ChildRead"];
export type MatchQuery = NonNullable<
  paths["/api/v1/children/{child_id}/matches"]["get"]["parameters"]["query"]
>;

/** The child (the same cache entry as the child's own page uses). */
export function childQueryOptions(childId: string) {
  return queryOptions({
    queryKey: queryKeys.children.detail(childId),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/children/{child_id}", {
          params: { path: { child_id: childId } },
        }),
      ),
  });
}

/** Households ranked for the child. The last answer stays on screen while filters change. */
export function matchesQueryOptions(childId: string, query: MatchQuery) {
  return queryOptions({
    queryKey: queryKeys.children.matchesFor(childId, query),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/children/{child_id}/matches", {
          params: { path: { child_id: childId }, query },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function exclusionsQueryOptions(childId: string) {
  return queryOptions({
    queryKey: queryKeys.children.exclusions(childId),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/children/{child_id}/exclusions", {
          params: { path: { child_id: childId } },
        }),
      ),
  });
}

/** Exclusions change who is listed: ask again for the matches and the exclusions. */
function useRefreshAfterExclusion(childId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.children.matches(childId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.children.exclusions(childId) }),
    ]);
  };
}

export function useExcludeHousehold(childId: string) {
  const onSuccess = useRefreshAfterExclusion(childId);
  return useMutation({
    mutationFn: async (body: { household_id: string; reason: string }) =>
      dataOrThrow(
        await apiClient.POST("/api/v1/children/{child_id}/exclusions", {
          params: { path: { child_id: childId } },
          body,
        }),
      ),
    onSuccess,
  });
}

export function useLiftExclusion(childId: string) {
  const onSuccess = useRefreshAfterExclusion(childId);
  return useMutation({
    mutationFn: async (householdId: string) => {
      dataOrThrow(
        await apiClient.DELETE("/api/v1/children/{child_id}/exclusions/{household_id}", {
          params: { path: { child_id: childId, household_id: householdId } },
        }),
      );
    },
    onSuccess,
  });
}
