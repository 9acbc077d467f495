import { queryOptions } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "../../../api/client";
import type { components } from "../../../api/schema";

export type ReturnRecords = components["schemas"]["ReturnRecords"];

/** What the SSDA903 return's optional files say of a child (reviews, missing spells, …). */
export function returnRecordsQueryOptions(childId: string) {
  return queryOptions({
    queryKey: ["children", "detail", childId, "ssda903-records"],
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/children/{child_id}/ssda903-records", {
          params: { path: { child_id: childId } },
        }),
      ),
  });
}
