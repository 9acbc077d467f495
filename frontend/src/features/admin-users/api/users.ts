import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components, paths } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";

export type User = components["schemas"]["UserRead"];
export type UserPage = components["schemas"]["Page_UserRead_"];
export type UserCreate = components["schemas"]["UserCreate"];
export type UserUpdate = components["schemas"]["UserUpdate"];
export type UserSort = components["schemas"]["UserSort"];
export type UserListQuery = NonNullable<paths["/api/v1/users"]["get"]["parameters"]["query"]>;

/** One page of the organisation's accounts. The last page stays on screen while the next loads. */
export function usersQueryOptions(query: UserListQuery) {
  return queryOptions({
    queryKey: queryKeys.users.list(query),
    queryFn: async () => dataOrThrow(await apiClient.GET("/api/v1/users", { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function userQueryOptions(userId: string) {
  return queryOptions({
    queryKey: queryKeys.users.detail(userId),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/users/{user_id}", { params: { path: { user_id: userId } } }),
      ),
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: UserCreate) =>
      dataOrThrow(await apiClient.POST("/api/v1/users", { body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.users.all });
    },
  });
}

/** Changes an account; `body.version` must be the version last read (a stale one gets 409). */
export function useUpdateUser(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: UserUpdate) =>
      dataOrThrow(
        await apiClient.PATCH("/api/v1/users/{user_id}", {
          params: { path: { user_id: userId } },
          body,
        }),
      ),
    onSuccess: async (user) => {
      queryClient.setQueryData(userQueryOptions(userId).queryKey, user);
      await queryClient.invalidateQueries({ queryKey: queryKeys.users.lists });
    },
  });
}
