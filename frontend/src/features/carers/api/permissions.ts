import type { Role } from "../../../lib/labels";

// The API's policy (auth/policy.py): practitioners, managers and admins of a council keep
// carers' records; commissioners read them. The API still decides; this only avoids
// offering buttons that would end in "You do not have permission".
const MANAGERS_OF_CARERS: readonly Role[] = ["practitioner", "manager", "admin"];

export function canManageCarers(role: Role): boolean {
  return MANAGERS_OF_CARERS.includes(role);
}
