import { isApiErrorWithStatus, problemExtension } from "@/api/api-error";
import type { Household } from "./carers";

function looksLikeHousehold(value: unknown): value is Household {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.id === "string" &&
    typeof candidate.version === "number" &&
    typeof candidate.name === "string" &&
    typeof candidate.terms === "object" &&
    candidate.terms !== null &&
    Array.isArray(candidate.training) &&
    Array.isArray(candidate.capacity_history)
  );
}

/**
 * The household as someone else left it, when a change was refused because the version sent
 * was stale: a 409 whose problem carries `current`. Undefined for any other error.
 */
export function currentHouseholdFromConflict(error: unknown): Household | undefined {
  if (!isApiErrorWithStatus(error, 409)) return undefined;
  const current = problemExtension(error.problem, "current");
  return looksLikeHousehold(current) ? current : undefined;
}
