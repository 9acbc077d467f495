import type { components } from "@/api/schema";

/** An action of the API's one authorisation policy (auth/policy.py), e.g. "carers.manage". */
export type Action = components["schemas"]["Action"];

/** Whoever is signed in, as /auth/me describes them: the actions their role allows. */
interface Permitted {
  actions: readonly Action[];
}

/**
 * Whether the signed-in person's role allows `action`, as /auth/me listed from the API's
 * policy. The API still decides every request; this only avoids offering links and buttons
 * that would end in "You do not have permission".
 */
export function can(me: Permitted, action: Action): boolean {
  return me.actions.includes(action);
}
