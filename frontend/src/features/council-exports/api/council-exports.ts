import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";

export type CouncilExport = components["schemas"]["CouncilExportRead"];

/** Whether an export is still being written, so the page keeps asking how far it has got. */
export function inProgress(job: CouncilExport): boolean {
  return job.status === "queued" || job.status === "running";
}

const POLL_MS = 1000;

/** The council's recent whole-council exports, newest first; asked again while one runs. */
export const councilExportsQueryOptions = queryOptions({
  queryKey: queryKeys.councilExports,
  queryFn: async () => dataOrThrow(await apiClient.GET("/api/v1/exports/council")),
  refetchInterval: (query) => (query.state.data?.some(inProgress) ? POLL_MS : false),
});

/** Starts a whole-council export; the answer is the queued job. */
export function useStartCouncilExport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => dataOrThrow(await apiClient.POST("/api/v1/exports/council")),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: councilExportsQueryOptions.queryKey });
    },
  });
}
