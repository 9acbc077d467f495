import { queryOptions } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";

export type ReturnRecords = components["schemas"]["ReturnRecords"];

/** What the SSDA903 return's optional files say of a child (reviews, missing spells, …). */
export function returnRecordsQueryOptions(childId: string) {
  return queryOptions({
    queryKey: queryKeys.children.returnRecords(childId),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/children/{child_id}/ssda903-records", {
          params: { path: { child_id: childId } },
        }),
      ),
  });
}
