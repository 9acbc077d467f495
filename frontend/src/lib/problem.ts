import { ApiError, type Problem } from "@/api/api-error";

/** What to say when no answer came at all. */
export const CANNOT_REACH = "Kindred could not be reached. Check your connection and try again.";

/** For a failure that is not about loading one thing: the whole service could not be reached. */
export const KINDRED_UNREACHABLE = {
  title: "Kindred could not be reached",
  detail: "Check your connection and try again.",
};

/** When no answer came: `what` could not be loaded, or a title (and detail) of its own. */
type WhenUnreachable = string | { title: string; detail?: string };

/**
 * The problem to show for a failed request: the API's own, or, when no answer came at all,
 * one saying `what` could not be loaded because Kindred could not be reached.
 */
export function problemOf(error: unknown, what: WhenUnreachable): Problem {
  if (error instanceof ApiError) return error.problem;
  const said = typeof what === "string" ? { title: `${what} could not be loaded` } : what;
  return { type: "about:blank", status: 0, detail: CANNOT_REACH, ...said };
}
