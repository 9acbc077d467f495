import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

import { isApiErrorWithStatus } from "@/api/api-error";
import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";

export type AboutMe = components["schemas"]["AboutMeRead"];
export type VoiceComparison = components["schemas"]["VoiceComparison"];
export type ComparedDomain = components["schemas"]["ComparedDomain"];
export type InvitationCreated = components["schemas"]["InvitationCreated"];
export type YoungPersonAccount = components["schemas"]["YoungPersonAccountRead"];
export type AccountStatus = components["schemas"]["UserStatus"];

/** The young person's newest "About me", as they wrote it (number 0: nothing yet). */
export function childAboutMeQueryOptions(childId: string) {
  return queryOptions({
    queryKey: queryKeys.children.voicePart(childId, "about-me"),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/children/{child_id}/about-me", {
          params: { path: { child_id: childId } },
        }),
      ),
  });
}

/** Every earlier version of "About me", newest first: their views over time. */
export function aboutMeHistoryQueryOptions(childId: string) {
  return queryOptions({
    queryKey: queryKeys.children.voicePart(childId, "history"),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/children/{child_id}/about-me/history", {
          params: { path: { child_id: childId }, query: { page_size: 50 } },
        }),
      ),
  });
}

/** Per domain, the practitioner's approved level beside the young person's own. */
export function voiceComparisonQueryOptions(childId: string) {
  return queryOptions({
    queryKey: queryKeys.children.voicePart(childId, "comparison"),
    queryFn: async () =>
      dataOrThrow(
        await apiClient.GET("/api/v1/children/{child_id}/voice-comparison", {
          params: { path: { child_id: childId } },
        }),
      ),
  });
}

/** The child's young-person account, or null when they have never had one (a 404). */
export function youngPersonAccountQueryOptions(childId: string) {
  return queryOptions({
    queryKey: queryKeys.children.voicePart(childId, "account"),
    queryFn: async (): Promise<YoungPersonAccount | null> => {
      try {
        return dataOrThrow(
          await apiClient.GET("/api/v1/children/{child_id}/young-person-account", {
            params: { path: { child_id: childId } },
          }),
        );
      } catch (error) {
        if (isApiErrorWithStatus(error, 404)) return null;
        throw error;
      }
    },
  });
}

/** Makes a new one-time code; any earlier unused one stops working. */
export function useInviteYoungPerson(childId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<InvitationCreated> =>
      dataOrThrow(
        await apiClient.POST("/api/v1/children/{child_id}/young-person-invitations", {
          params: { path: { child_id: childId } },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.children.voice(childId) });
    },
  });
}

/** Pauses, reopens or ends the account; pausing or ending signs them out at once. */
export function useChangeAccountStatus(childId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (status: AccountStatus) =>
      dataOrThrow(
        await apiClient.PATCH("/api/v1/children/{child_id}/young-person-account", {
          params: { path: { child_id: childId } },
          body: { status },
        }),
      ),
    onSuccess: (account) => {
      queryClient.setQueryData(youngPersonAccountQueryOptions(childId).queryKey, account);
    },
  });
}
