import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";

export type Placement = components["schemas"]["PlacementRead"];
export type PlacementCreate = components["schemas"]["PlacementCreate"];
export type PlacementUpdate = components["schemas"]["PlacementUpdate"];

/** A child's placement episodes, newest first. */
export function placementsQueryOptions(childId: string) {
  return queryOptions({
    queryKey: queryKeys.children.placements(childId),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/children/{child_id}/placements", {
          params: { path: { child_id: childId } },
        }),
      ),
  });
}

/** Records or changes an episode; the child's current placement follows, so all is refetched. */
export function useSavePlacement(childId: string, placementId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PlacementCreate & { version?: number }) => {
      if (placementId === undefined) {
        return dataOrThrow(
          await apiClient.POST("/api/v1/children/{child_id}/placements", {
            params: { path: { child_id: childId } },
            body,
          }),
        );
      }
      return dataOrThrow(
        await apiClient.PATCH("/api/v1/placements/{placement_id}", {
          params: { path: { placement_id: placementId } },
          body: { ...body, version: body.version ?? 1 },
        }),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.children.detail(childId) });
    },
  });
}
