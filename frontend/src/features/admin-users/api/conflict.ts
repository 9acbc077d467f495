import { isApiErrorWithStatus, problemExtension } from "@/api/api-error";
import type { User } from "./users";

function looksLikeUser(value: unknown): value is User {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.id === "string" &&
    typeof candidate.version === "number" &&
    typeof candidate.display_name === "string" &&
    typeof candidate.role === "string" &&
    typeof candidate.status === "string" &&
    Array.isArray(candidate.team_ids) &&
    Array.isArray(candidate.teams)
  );
}

/**
 * The account as someone else left it, when a change was refused because the version sent
 * was stale: a 409 whose problem carries `current`. Undefined for any other error.
 */
export function currentUserFromConflict(error: unknown): User | undefined {
  if (!isApiErrorWithStatus(error, 409)) return undefined;
  const current = problemExtension(error.problem, "current");
  return looksLikeUser(current) ? current : undefined;
}
