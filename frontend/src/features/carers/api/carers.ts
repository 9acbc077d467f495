import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components, paths } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";

export type Household = components["schemas"]["HouseholdRead"];
export type HouseholdListItem = components["schemas"]["HouseholdListItem"];
export type HouseholdCreate = components["schemas"]["HouseholdCreate"];
export type HouseholdUpdate = components["schemas"]["HouseholdUpdate"];
export type CapacityCreate = components["schemas"]["CapacityCreate"];
export type TrainingCreate = components["schemas"]["TrainingCreate"];
export type ApprovalType = components["schemas"]["ApprovalTerms"]["approved_types"][number];
export type HouseholdStatus = Household["status"];
export type CarerListQuery = NonNullable<paths["/api/v1/carers"]["get"]["parameters"]["query"]>;

/** One page of fostering households. The last page stays on screen while the next loads. */
export function carersQueryOptions(query: CarerListQuery) {
  return queryOptions({
    queryKey: queryKeys.carers.list(query),
    queryFn: async () => dataOrThrow(await apiClient.GET("/api/v1/carers", { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function carerQueryOptions(householdId: string) {
  return queryOptions({
    queryKey: queryKeys.carers.detail(householdId),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/carers/{household_id}", {
          params: { path: { household_id: householdId } },
        }),
      ),
  });
}

/** Keeps the household just saved, and marks every list stale. */
function useSaved(householdId?: string) {
  const queryClient = useQueryClient();
  return async (household: Household) => {
    queryClient.setQueryData(carerQueryOptions(householdId ?? household.id).queryKey, household);
    await queryClient.invalidateQueries({ queryKey: queryKeys.carers.lists });
  };
}

export function useCreateCarer() {
  const onSuccess = useSaved();
  return useMutation({
    mutationFn: async (body: HouseholdCreate) =>
      dataOrThrow(await apiClient.POST("/api/v1/carers", { body })),
    onSuccess,
  });
}

/** Changes a household; `body.version` must be the version last read (a stale one gets 409). */
export function useUpdateCarer(householdId: string) {
  const onSuccess = useSaved(householdId);
  return useMutation({
    mutationFn: async (body: HouseholdUpdate) =>
      dataOrThrow(
        await apiClient.PATCH("/api/v1/carers/{household_id}", {
          params: { path: { household_id: householdId } },
          body,
        }),
      ),
    onSuccess,
  });
}

/** Records a new capacity profile; the earlier ones stay as history. */
export function useAddCapacity(householdId: string) {
  const onSuccess = useSaved(householdId);
  return useMutation({
    mutationFn: async (body: CapacityCreate) =>
      dataOrThrow(
        await apiClient.POST("/api/v1/carers/{household_id}/capacity", {
          params: { path: { household_id: householdId } },
          body,
        }),
      ),
    onSuccess,
  });
}

export function useAddTraining(householdId: string) {
  const onSuccess = useSaved(householdId);
  return useMutation({
    mutationFn: async (body: TrainingCreate) =>
      dataOrThrow(
        await apiClient.POST("/api/v1/carers/{household_id}/training", {
          params: { path: { household_id: householdId } },
          body,
        }),
      ),
    onSuccess,
  });
}

export interface AgencyOption {
  id: string;
  name: string;
}

/**
 * The partner agencies households can belong to. The API has no list of agencies yet, so
 * these are the agencies of the households already recorded (the first 200 agency ones).
 */
export const knownAgenciesQueryOptions = queryOptions({
  queryKey: queryKeys.carers.agencies,
  queryFn: async () => {
    const page = dataOrThrow(
      await apiClient.GET("/api/v1/carers", {
        params: { query: { in_house: false, page: 1, page_size: 200 } },
      }),
    );
    const agencies = new Map<string, AgencyOption>();
    for (const { agency } of page.items) {
      if (agency) agencies.set(agency.id, { id: agency.id, name: agency.name });
    }
    return [...agencies.values()].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  },
});
