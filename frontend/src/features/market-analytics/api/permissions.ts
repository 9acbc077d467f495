import type { Role } from "../../../lib/labels";

// The API's policy (auth/policy.py). It decides in the end; these only avoid offering
// pages that would end in "You do not have permission".

/** Step-down, training gaps and sufficiency: managers and commissioners. */
export function canReadMarketAnalytics(role: Role): boolean {
  return role === "manager" || role === "commissioner";
}

/** The cohort plan works on named children: practitioners and managers. */
export function canPlanPlacements(role: Role): boolean {
  return role === "practitioner" || role === "manager";
}
