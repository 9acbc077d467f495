import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";

export type Goal = components["schemas"]["GoalRead"];
export type GoalCreate = components["schemas"]["GoalCreate"];
export type GoalStatus = components["schemas"]["GoalStatus"];
export type ProgressCreate = components["schemas"]["ProgressCreate"];

/** A child's goals, newest first, each with its progress notes (newest first). */
export function goalsQueryOptions(childId: string) {
  return queryOptions({
    queryKey: queryKeys.children.goals(childId),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/children/{child_id}/goals", {
          params: { path: { child_id: childId } },
        }),
      ),
  });
}

export function useCreateGoal(childId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: GoalCreate) =>
      dataOrThrow(
        await apiClient.POST("/api/v1/children/{child_id}/goals", {
          params: { path: { child_id: childId } },
          body,
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.children.goals(childId) });
    },
  });
}

export function useAddProgress(childId: string, goalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ProgressCreate) =>
      dataOrThrow(
        await apiClient.POST("/api/v1/goals/{goal_id}/progress", {
          params: { path: { goal_id: goalId } },
          body,
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.children.goals(childId) });
    },
  });
}
