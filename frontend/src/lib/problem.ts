import { ApiError, type Problem } from "../api/api-error";

/**
 * The problem to show for a failed request: the API's own, or, when no answer came at all,
 * one saying `what` could not be loaded because Kindred could not be reached.
 */
export function problemOf(error: unknown, what: string): Problem {
  if (error instanceof ApiError) return error.problem;
  return {
    type: "about:blank",
    title: `${what} could not be loaded`,
    status: 0,
    detail: "Kindred could not be reached. Check your connection and try again.",
  };
}
