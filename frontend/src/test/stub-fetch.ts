import { vi } from "vitest";

import type { Problem } from "@/api/api-error";
import type { components } from "@/api/schema";

type Schema = components["schemas"][keyof components["schemas"]];
type ResponseBody = Extract<Schema, object> | Extract<Schema, object>[] | Problem;

function jsonResponse(status: number, body: unknown): Response {
  if (status === 204) return new Response(null, { status });
  const isProblem = typeof body === "object" && body !== null && "title" in body;
  const contentType = isProblem ? "application/problem+json" : "application/json";
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": contentType } });
}

/** Answers every fetch with `body` as JSON; returns the stub to inspect its calls. */
export function stubFetchJson(status: number, body: ResponseBody) {
  const stub = vi.fn<(request: Request) => Promise<Response>>(() =>
    Promise.resolve(jsonResponse(status, body)),
  );
  vi.stubGlobal("fetch", stub);
  return stub;
}

/** Leaves every fetch pending, to observe loading states. */
export function stubFetchPending() {
  vi.stubGlobal(
    "fetch",
    vi.fn(() => new Promise<Response>(() => undefined)),
  );
}

/** One canned answer: a status and a body, or a promise that never settles. */
export type StubAnswer = { status: number; body?: unknown } | "pending";

/**
 * A route's answer: fixed, a list answered in turn (then the last one again), or worked out
 * per request by a function.
 */
export type StubRoute = StubAnswer | StubAnswer[] | ((request: Request) => StubAnswer);

/**
 * Answers each request by "METHOD /path" (query string ignored), e.g. "GET /api/v1/auth/me".
 * Unknown routes answer 404 so a test fails loudly rather than hangs.
 */
export function stubFetchRoutes(routes: Record<string, StubRoute>) {
  const served = new Map<string, number>();
  const stub = vi.fn<(request: Request) => Promise<Response>>((request) => {
    const key = `${request.method} ${new URL(request.url).pathname}`;
    const route = routes[key];
    if (route === undefined) {
      return Promise.resolve(
        jsonResponse(404, { type: "about:blank", title: "Not found", status: 404, detail: key }),
      );
    }
    const answers =
      typeof route === "function" ? [route(request)] : Array.isArray(route) ? route : [route];
    const index = served.get(key) ?? 0;
    served.set(key, index + 1);
    const answer = answers[Math.min(index, answers.length - 1)];
    if (answer === undefined || answer === "pending") return new Promise<Response>(() => undefined);
    return Promise.resolve(jsonResponse(answer.status, answer.body));
  });
  vi.stubGlobal("fetch", stub);
  return stub;
}
