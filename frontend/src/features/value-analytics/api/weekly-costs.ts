import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";

export type WeeklyCosts = components["schemas"]["WeeklyCostsRead"];
export type WeeklyCostsUpdate = components["schemas"]["WeeklyCostsUpdate"];

export const weeklyCostsQueryOptions = queryOptions({
  queryKey: queryKeys.analytics.weeklyCosts,
  queryFn: async () =>
    dataOrThrow(await apiClient.GET("/api/v1/analytics/edge-of-care/weekly-costs")),
});

/** Sets the council's weekly costs (admins); the estimates that assume them follow. */
export function useSetWeeklyCosts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: WeeklyCostsUpdate) =>
      dataOrThrow(await apiClient.PUT("/api/v1/analytics/edge-of-care/weekly-costs", { body })),
    onSuccess: async (costs) => {
      queryClient.setQueryData(weeklyCostsQueryOptions.queryKey, costs);
      await queryClient.invalidateQueries({ queryKey: queryKeys.analytics.edgesOfCare });
    },
  });
}
