import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { Navigate, Outlet, useLocation, useNavigate } from "react-router";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { KINDRED_UNREACHABLE, problemOf } from "@/lib/problem";
import { signInPath } from "@/lib/return-to";
import { isNotSignedIn, isSessionEnded, meQueryKey, useMe } from "@/features/session/api/me";

/** What the sign-in page is told about why it was sent to: to show the right banner. */
export interface SignInState {
  sessionEnded?: boolean;
}

function isMeQuery(queryKey: readonly unknown[]): boolean {
  return (
    queryKey.length === meQueryKey.length && queryKey.every((part, i) => part === meQueryKey[i])
  );
}

/** Calls `onLost` when any request other than "me" answers 401: the session is gone. */
function watchForLostSession(queryClient: QueryClient, onLost: () => void): () => void {
  const stopQueries = queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== "updated" || event.action.type !== "error") return;
    if (isMeQuery(event.query.queryKey as readonly unknown[])) return;
    if (isNotSignedIn(event.action.error)) onLost();
  });
  const stopMutations = queryClient.getMutationCache().subscribe((event) => {
    if (event.type !== "updated" || event.action.type !== "error") return;
    if (isNotSignedIn(event.action.error)) onLost();
  });
  return () => {
    stopQueries();
    stopMutations();
  };
}

/**
 * Watches every request of the signed-in pages: a 401 anywhere means the session ended
 * while the person was working, so send them to sign in and bring them back here after.
 */
function useSignInWhenSessionIsLost(returnTo: string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  useEffect(
    () =>
      watchForLostSession(queryClient, () => {
        const state: SignInState = { sessionEnded: true };
        void navigate(signInPath(returnTo), { replace: true, state });
      }),
    [queryClient, navigate, returnTo],
  );
}

/**
 * Asks "who is signed in?" again on every move to another page: cached pages make no
 * request, and a session that ended meanwhile must not go unnoticed until one does.
 */
function useCheckSessionOnEachPage(pathname: string) {
  const queryClient = useQueryClient();
  const previous = useRef(pathname);
  useEffect(() => {
    // Not on arrival: the first check is already under way.
    if (previous.current === pathname) return;
    previous.current = pathname;
    void queryClient.invalidateQueries({ queryKey: meQueryKey });
  }, [queryClient, pathname]);
}

/**
 * The guard around every page that needs a session: shows the page to a signed-in person
 * and sends anyone else to sign in, with the way back.
 */
export function RequireSession() {
  const me = useMe();
  const location = useLocation();
  const here = location.pathname + location.search;
  useSignInWhenSessionIsLost(here);
  useCheckSessionOnEachPage(location.pathname);

  if (isNotSignedIn(me.error)) {
    // Having had an account here means it was signed in until now, whatever the 401 says.
    const state: SignInState = { sessionEnded: isSessionEnded(me.error) || me.data !== undefined };
    return <Navigate to={signInPath(here)} replace state={state} />;
  }
  if (me.data) return <Outlet />;
  if (me.isError) {
    return <ProblemMessage problem={problemOf(me.error, KINDRED_UNREACHABLE)} />;
  }
  return <LoadingMessage>Checking you are signed in…</LoadingMessage>;
}
