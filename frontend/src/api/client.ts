import createClient, { type Middleware } from "openapi-fetch";

import { apiErrorFrom } from "./api-error";
import type { paths } from "./schema";

/** The cookie the API sets at sign-in whose value it expects back as `X-CSRF-Token`. */
export const CSRF_COOKIE = "kindred_csrf";
export const CSRF_HEADER = "X-CSRF-Token";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS", "TRACE"]);

/** The value of cookie `name` in `cookies` (a `document.cookie` string), if it is set. */
export function readCookie(name: string, cookies: string): string | undefined {
  for (const pair of cookies.split(";")) {
    const separator = pair.indexOf("=");
    if (separator === -1) continue;
    if (pair.slice(0, separator).trim() !== name) continue;
    const value = pair.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

/**
 * Sends the session's CSRF token on every state-changing request, as the API requires of
 * cookie sessions. The cookie is read per request: it changes at each sign-in.
 */
export const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (SAFE_METHODS.has(request.method.toUpperCase())) return undefined;
    const token = readCookie(CSRF_COOKIE, document.cookie);
    if (token) request.headers.set(CSRF_HEADER, token);
    return request;
  },
};

/**
 * The typed Kindred API client. Same origin: the API and the SPA are served together. Its
 * answers are read as JSON, so their types leave out the CSV and file bodies some routes also
 * offer (those are plain download links).
 */
export const apiClient = createClient<paths, "application/json">({
  baseUrl: "",
  credentials: "same-origin",
  // Looked up on each request rather than captured once, so a test double installed
  // with vi.stubGlobal("fetch", …) is the one used.
  fetch: (request) => globalThis.fetch(request),
});
apiClient.use(csrfMiddleware);

interface ApiResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Returns the body of a 2xx answer; throws an ApiError carrying the problem otherwise. */
export function dataOrThrow<T>({ data, error, response }: ApiResult<T>): T {
  if (!response.ok) throw apiErrorFrom(response, error);
  return data as T;
}
