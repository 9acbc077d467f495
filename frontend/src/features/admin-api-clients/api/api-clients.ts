import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";

export type ApiClient = components["schemas"]["ApiClientRead"];
export type ApiClientWithSecret = components["schemas"]["ApiClientWithSecret"];
export type ApiClientCreate = components["schemas"]["ApiClientCreate"];
export type Scope = ApiClientCreate["scopes"][number];

/** The organisation's API clients by name, revoked ones included. Never their secrets. */
export const apiClientsQueryOptions = queryOptions({
  queryKey: queryKeys.apiClients,
  queryFn: async () => dataOrThrow(await apiClient.GET("/api/v1/api-clients")),
});

function useRefreshingMutation<T, V>(mutationFn: (variables: V) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.apiClients });
    },
  });
}

/** Registers a client; the answer holds its secret, this once. */
export function useCreateApiClient() {
  return useRefreshingMutation(async (body: ApiClientCreate) =>
    dataOrThrow(await apiClient.POST("/api/v1/api-clients", { body })),
  );
}

/** Replaces a client's secret; the answer holds the new one, this once. */
export function useRotateSecret() {
  return useRefreshingMutation(async (id: string) =>
    dataOrThrow(
      await apiClient.POST("/api/v1/api-clients/{api_client_id}/rotate-secret", {
        params: { path: { api_client_id: id } },
      }),
    ),
  );
}

export function useRevokeApiClient() {
  return useRefreshingMutation(async (id: string) =>
    dataOrThrow(
      await apiClient.POST("/api/v1/api-clients/{api_client_id}/revoke", {
        params: { path: { api_client_id: id } },
      }),
    ),
  );
}
