import type { Role } from "../../../lib/labels";

/** Need vs spend: managers (named children) and commissioners (figures only), as the API. */
export function canReadValueAnalytics(role: Role): boolean {
  return role === "manager" || role === "commissioner";
}
