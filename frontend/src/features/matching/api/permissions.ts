import type { Role } from "../../../lib/labels";

// The API's policy (auth/policy.py): practitioners and managers change a child's record,
// exclusions included. The API still decides; this only avoids offering a button that
// would end in "You do not have permission".
export function canExcludeForChild(role: Role): boolean {
  return role === "practitioner" || role === "manager";
}
