import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";

export type CostRecord = components["schemas"]["CostRecordRead"];
export type CostRecordCreate = components["schemas"]["CostRecordCreate"];
export type CostKind = components["schemas"]["CostKind"];
export type Funder = components["schemas"]["Funder"];
export type Frequency = components["schemas"]["Frequency"];
export type PeriodCost = components["schemas"]["PeriodCostRead"];

/** A period chosen by the person, inclusive; empty: the API's default (the last 12 months). */
export interface Period {
  from?: string;
  to?: string;
}

/** A child's placement fees and support packages, newest first. */
export function costRecordsQueryOptions(childId: string) {
  return queryOptions({
    queryKey: queryKeys.children.costRecords(childId),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/children/{child_id}/costs/records", {
          params: { path: { child_id: childId } },
        }),
      ),
  });
}

/** What the child's care cost over a period, worked out day by day by the API. */
export function periodCostQueryOptions(childId: string, period: Period) {
  return queryOptions({
    queryKey: queryKeys.children.costPeriod(childId, period),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/children/{child_id}/costs", {
          params: { path: { child_id: childId }, query: period },
        }),
      ),
  });
}

/** Records a cost, or changes one (with the version read); the period cost follows. */
export function useSaveCostRecord(childId: string, record?: CostRecord) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CostRecordCreate) => {
      if (record === undefined) {
        return dataOrThrow(
          await apiClient.POST("/api/v1/children/{child_id}/costs/records", {
            params: { path: { child_id: childId } },
            body,
          }),
        );
      }
      const { description, amount_pence, funder, start_date, end_date } = body;
      return dataOrThrow(
        await apiClient.PATCH("/api/v1/costs/records/{cost_record_id}", {
          params: { path: { cost_record_id: record.id } },
          body: {
            version: record.version,
            ...{ description, amount_pence, funder, start_date, end_date },
          },
        }),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.children.costs(childId) });
    },
  });
}
