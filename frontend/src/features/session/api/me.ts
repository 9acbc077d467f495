import { queryOptions, useQuery } from "@tanstack/react-query";

import { ApiError, isApiErrorWithStatus } from "@/api/api-error";
import { apiClient, dataOrThrow } from "@/api/client";
import type { components } from "@/api/schema";
import { queryKeys } from "@/lib/query-keys";

export type Me = components["schemas"]["MeRead"];

export const meQueryKey = queryKeys.session.me;

async function getMe(): Promise<Me> {
  return dataOrThrow(await apiClient.GET("/api/v1/auth/me"));
}

/**
 * Who is signed in. A 401 is an answer, not a failure to retry: nobody is, or the session
 * has ended. (The app's default retry policy never retries a 4xx.)
 */
export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: getMe,
});

export function useMe() {
  return useQuery(meQueryOptions);
}

/** Whether an error says nobody is signed in: the session ended or never began. */
export function isNotSignedIn(error: unknown): error is ApiError {
  return isApiErrorWithStatus(error, 401);
}

/** Whether a 401 says a session timed out or was ended, rather than there never being one. */
export function isSessionEnded(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 401 &&
    error.problem.type.endsWith("/session-ended")
  );
}

/** The signed-in account, or undefined when nobody is (or the last check said so). */
export function signedInAccount(me: { data?: Me | undefined; error: unknown }): Me | undefined {
  return isNotSignedIn(me.error) ? undefined : me.data;
}

/**
 * The signed-in account, for pages inside RequireSession (which renders them only once the
 * account is known). Anywhere else it is a programming error.
 */
export function useAccount(): Me {
  const { data } = useMe();
  if (!data) throw new Error("useAccount() is only for pages inside RequireSession");
  return data;
}
