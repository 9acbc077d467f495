import { queryOptions, useMutation } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import type { PlacementType } from "@/lib/placement-types";
import { queryKeys } from "@/lib/query-keys";

export type StepDown = components["schemas"]["StepDownRead"];
export type StepDownChild = components["schemas"]["StepDownChild"];
export type StepDownByType = components["schemas"]["StepDownByType"];
export type TrainingGaps = components["schemas"]["TrainingGapsRead"];
export type TrainingGap = components["schemas"]["TrainingGapRead"];
export type Sufficiency = components["schemas"]["SufficiencyRead"];
export type SufficiencyDomain = components["schemas"]["SufficiencyDomainRead"];
export type SufficiencyLevel = components["schemas"]["SufficiencyLevelRead"];
export type PlanCreate = components["schemas"]["PlanCreate"];
export type Plan = components["schemas"]["PlanRead"];
export type PlannedPlacement = components["schemas"]["PlannedPlacement"];
export type UnplannedChild = components["schemas"]["UnplannedChild"];
export type PlanUnmatchedReason = components["schemas"]["PlanUnmatchedReason"];
export type ChildListItem = components["schemas"]["ChildListItem"];

export function stepDownQueryOptions(placementType: PlacementType) {
  return queryOptions({
    queryKey: queryKeys.analytics.stepDown(placementType),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/analytics/step-down", {
          params: { query: { placement_type: placementType } },
        }),
      ),
  });
}

export function trainingGapsQueryOptions(placementType: PlacementType) {
  return queryOptions({
    queryKey: queryKeys.analytics.trainingGaps(placementType),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/analytics/training-gaps", {
          params: { query: { placement_type: placementType } },
        }),
      ),
  });
}

export const sufficiencyQueryOptions = queryOptions({
  queryKey: queryKeys.analytics.sufficiency,
  queryFn: async () => dataOrThrow(await apiClient.GET("/api/v1/analytics/sufficiency")),
});

/**
 * The in-care children the person may see, to choose a cohort from (the first 200, by
 * family name): enough for a council's children awaiting placement at once.
 */
export const inCareChildrenQueryOptions = queryOptions({
  queryKey: queryKeys.children.list({
    care_status: "in_care",
    sort: "family_name",
    page_size: 200,
  }),
  queryFn: async () =>
    dataOrThrow(
      await apiClient.GET("/api/v1/children", {
        params: {
          query: { care_status: "in_care", sort: "family_name", page: 1, page_size: 200 },
        },
      }),
    ),
});

/** Asks for a suggested plan. Nothing is placed or reserved: it only reads. */
export function usePlan() {
  return useMutation({
    mutationFn: async (body: PlanCreate) =>
      dataOrThrow(await apiClient.POST("/api/v1/matching/plan", { body })),
  });
}
