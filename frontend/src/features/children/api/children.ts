import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components, paths } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";

export type ChildListItem = components["schemas"]["ChildListItem"];
export type Child = components["schemas"]["ChildRead"];
export type ChildCreate = components["schemas"]["ChildCreate"];
export type ChildUpdate = components["schemas"]["ChildUpdate"];
export type CaseloadQuery = NonNullable<paths["/api/v1/children"]["get"]["parameters"]["query"]>;
export type CaseloadSort = NonNullable<CaseloadQuery["sort"]>;

/** One page of the caseload. The last page stays on screen while the next loads. */
export function caseloadQueryOptions(query: CaseloadQuery) {
  return queryOptions({
    queryKey: queryKeys.children.list(query),
    queryFn: async () =>
      dataOrThrow(await apiClient.GET("/api/v1/children", { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

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

export function useCreateChild() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ChildCreate) =>
      dataOrThrow(await apiClient.POST("/api/v1/children", { body })),
    onSuccess: async (child) => {
      queryClient.setQueryData(childQueryOptions(child.id).queryKey, child);
      await queryClient.invalidateQueries({ queryKey: queryKeys.children.lists });
    },
  });
}

/** Changes a child's record; `body.version` must be the version last read (else 409). */
export function useUpdateChild(childId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ChildUpdate) =>
      dataOrThrow(
        await apiClient.PATCH("/api/v1/children/{child_id}", {
          params: { path: { child_id: childId } },
          body,
        }),
      ),
    onSuccess: async (child) => {
      queryClient.setQueryData(childQueryOptions(childId).queryKey, child);
      await queryClient.invalidateQueries({ queryKey: queryKeys.children.lists });
    },
  });
}
