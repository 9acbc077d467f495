import type { Role } from "../../../lib/labels";

// The API's policy (auth/policy.py): practitioners and managers read a council's referrals.
// The API still decides; this only avoids asking for a list that would end in "You do not
// have permission".
export function canReadReferrals(role: Role): boolean {
  return role === "practitioner" || role === "manager";
}
