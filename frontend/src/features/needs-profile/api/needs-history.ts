import { queryOptions } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";

export type NeedsHistory = components["schemas"]["NeedsHistory"];
export type NeedsPoint = components["schemas"]["NeedsPoint"];

/** One point per approved assessment, oldest first, with the levels and the score of each. */
export function needsHistoryQueryOptions(childId: string) {
  return queryOptions({
    queryKey: queryKeys.children.needsHistory(childId),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/children/{child_id}/needs-history", {
          params: { path: { child_id: childId } },
        }),
      ),
  });
}
