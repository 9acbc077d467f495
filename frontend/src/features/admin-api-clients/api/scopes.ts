import type { Scope } from "./api-clients";

/**
 * The scopes an admin may grant, with what each is for, as the API describes them
 * (ApiClientCreate.scopes in openapi.json, from the backend's API_SCOPES). `satisfies`
 * fails the build when a regenerated client adds or drops one.
 */
export const API_SCOPES = {
  "referrals:read": "Read referrals shared with the agency (pseudonymous child snapshots).",
  "offers:write": "Express interest in a referral and make placement offers.",
  "webhooks:manage": "Register and manage webhook endpoints for event notifications.",
} as const satisfies Record<Scope, string>;

export const SCOPES = Object.keys(API_SCOPES) as Scope[];
