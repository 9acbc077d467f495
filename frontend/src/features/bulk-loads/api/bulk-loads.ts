import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";

export type BulkLoad = components["schemas"]["BulkLoadRead"];
export type BulkLoadKind = components["schemas"]["BulkLoadKindRead"];
export type KindName = BulkLoadKind["name"];
type UploadBody = components["schemas"]["Body_upload_api_v1_bulk_loads_post"];

const POLL_MS = 1000;
export const ERRORS_PAGE_SIZE = 25;

/** Whether the worker is still previewing or loading, so the page keeps asking. */
export function inProgress(load: BulkLoad): boolean {
  return load.status === "previewing" || load.status === "loading";
}

/** Where a kind's template downloads from (the session cookie signs the request). */
export function templateHref(kind: KindName, format: "csv" | "xlsx"): string {
  return `/api/v1/bulk-loads/template?kind=${kind}&format=${format}`;
}

/** What can be loaded, with every column explained. */
export const bulkLoadKindsQueryOptions = queryOptions({
  queryKey: queryKeys.bulkLoads.kinds,
  queryFn: async () => dataOrThrow(await apiClient.GET("/api/v1/bulk-loads/kinds")),
  staleTime: Infinity,
});

/** The council's 50 most recent bulk loads, newest first. */
export const recentBulkLoadsQueryOptions = queryOptions({
  queryKey: queryKeys.bulkLoads.list,
  queryFn: async () => dataOrThrow(await apiClient.GET("/api/v1/bulk-loads")),
});

/** One bulk load; asked again every second while the worker previews or loads it. */
export function bulkLoadQueryOptions(loadId: string) {
  return queryOptions({
    queryKey: queryKeys.bulkLoads.detail(loadId),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/bulk-loads/{load_id}", {
          params: { path: { load_id: loadId } },
        }),
      ),
    refetchInterval: (query) => {
      const load = query.state.data;
      return load && inProgress(load) ? POLL_MS : false;
    },
  });
}

/** One page of a load's problems, by line. */
export function bulkLoadErrorsQueryOptions(loadId: string, page: number, status: string) {
  return queryOptions({
    queryKey: queryKeys.bulkLoads.errors(loadId, page, status),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/bulk-loads/{load_id}/errors", {
          params: { path: { load_id: loadId }, query: { page, page_size: ERRORS_PAGE_SIZE } },
        }),
      ),
  });
}

/** Uploads a file for its preview; the answer is the load, previewing. */
export function useUploadBulkLoad() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ kind, file }: { kind: KindName; file: File }) => {
      const form = new FormData();
      form.set("kind", kind);
      form.set("file", file);
      return dataOrThrow(
        await apiClient.POST("/api/v1/bulk-loads", {
          // The generated type calls a file a string (OpenAPI's `format: binary`); the
          // browser sends the FormData as multipart with its own boundary.
          body: form as unknown as UploadBody,
          bodySerializer: (body) => body as unknown as FormData,
        }),
      );
    },
    onSuccess: async (load) => {
      queryClient.setQueryData(bulkLoadQueryOptions(load.id).queryKey, load);
      await queryClient.invalidateQueries({ queryKey: recentBulkLoadsQueryOptions.queryKey });
    },
  });
}

/** Asks for the load of a previewed file: all rows, or the valid rows only. */
export function useStartLoad(loadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (validRowsOnly: boolean) =>
      dataOrThrow(
        await apiClient.POST("/api/v1/bulk-loads/{load_id}/load", {
          params: { path: { load_id: loadId } },
          body: { valid_rows_only: validRowsOnly },
        }),
      ),
    onSuccess: async (load) => {
      queryClient.setQueryData(bulkLoadQueryOptions(load.id).queryKey, load);
      await queryClient.invalidateQueries({ queryKey: recentBulkLoadsQueryOptions.queryKey });
    },
  });
}
