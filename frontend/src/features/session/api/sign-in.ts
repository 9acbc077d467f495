import { useMutation, useQueryClient } from "@tanstack/react-query";

import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { meQueryKey } from "./me";

export type SignInRequest = components["schemas"]["SignInRequest"];

/** Signs in; on success the account becomes the cached "me" and nothing else is kept. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SignInRequest) =>
      dataOrThrow(await apiClient.POST("/api/v1/auth/sign-in", { body })),
    onSuccess: (me) => {
      // Answers cached for whoever used this tab before must not show to this person.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
