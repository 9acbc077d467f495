import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";

export type Team = components["schemas"]["TeamRead"];

/** Every team of the council, by name, with member counts. Not paginated: tens, not thousands. */
export const teamsQueryOptions = queryOptions({
  queryKey: queryKeys.teams,
  queryFn: async () => dataOrThrow(await apiClient.GET("/api/v1/teams")),
});

export function useCreateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (name: string) =>
      dataOrThrow(await apiClient.POST("/api/v1/teams", { body: { name } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.teams });
    },
  });
}

export function useRenameTeam(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (name: string) =>
      dataOrThrow(
        await apiClient.PATCH("/api/v1/teams/{team_id}", {
          params: { path: { team_id: teamId } },
          body: { name },
        }),
      ),
    onSuccess: async () => {
      // Team names show on accounts too.
      await queryClient.invalidateQueries({ queryKey: queryKeys.teams });
      await queryClient.invalidateQueries({ queryKey: queryKeys.users.all });
    },
  });
}
