import { afterEach, describe, expect, it, vi } from "vitest";

import { apiClient, csrfMiddleware, readCookie } from "./client";

function stubFetch() {
  const fetch = vi.fn<(request: Request) => Promise<Response>>(() =>
    Promise.resolve(new Response(null, { status: 204 })),
  );
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

function sentRequest(fetch: ReturnType<typeof stubFetch>): Request {
  const request = fetch.mock.calls[0]?.[0];
  if (!request) throw new Error("no request was sent");
  return request;
}

function clearCookie(name: string) {
  document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
}

describe("readCookie", () => {
  it("finds a cookie among others and decodes it", () => {
    expect(readCookie("kindred_csrf", "a=1; kindred_csrf=abc%3D%3D; b=2")).toBe("abc==");
  });

  it("does not match a cookie whose name only ends the same", () => {
    expect(readCookie("kindred_csrf", "not_kindred_csrf=x")).toBeUndefined();
  });

  it("keeps a value that is not valid percent-encoding as it is", () => {
    expect(readCookie("kindred_csrf", "kindred_csrf=100%")).toBe("100%");
  });
});

describe("the CSRF middleware", () => {
  afterEach(() => {
    clearCookie("kindred_csrf");
  });

  it("sends the kindred_csrf cookie as X-CSRF-Token on a POST", async () => {
    document.cookie = "kindred_csrf=token-123; path=/";
    const fetch = stubFetch();
    await apiClient.POST("/api/v1/auth/sign-out");
    expect(sentRequest(fetch).headers.get("X-CSRF-Token")).toBe("token-123");
  });

  it("sends it on PATCH too", async () => {
    document.cookie = "kindred_csrf=token-456; path=/";
    const fetch = stubFetch();
    await apiClient.PATCH("/api/v1/teams/{team_id}", {
      params: { path: { team_id: "5d1c3a52-2f40-4a0e-8f7a-0c6f3b6a0001" } },
      body: { name: "North" },
    });
    expect(sentRequest(fetch).headers.get("X-CSRF-Token")).toBe("token-456");
  });

  it("leaves reads alone", async () => {
    document.cookie = "kindred_csrf=token-123; path=/";
    const fetch = stubFetch();
    await apiClient.GET("/api/v1/auth/me");
    expect(sentRequest(fetch).headers.has("X-CSRF-Token")).toBe(false);
  });

  it("sends no header when there is no cookie (nobody signed in)", async () => {
    const fetch = stubFetch();
    await apiClient.POST("/api/v1/auth/sign-in", {
      body: { email: "a@example.com", password: "x" },
    });
    expect(sentRequest(fetch).headers.has("X-CSRF-Token")).toBe(false);
  });

  it("reads the cookie on every request, so a new sign-in's token is used", () => {
    const request = (method: string) => new Request("http://localhost/api/v1/users", { method });
    const run = (req: Request) =>
      csrfMiddleware.onRequest?.({
        request: req,
        schemaPath: "/api/v1/users",
        params: {},
        id: "1",
        options: {} as never,
      }) as Request | undefined;

    document.cookie = "kindred_csrf=first; path=/";
    expect(run(request("POST"))?.headers.get("X-CSRF-Token")).toBe("first");
    document.cookie = "kindred_csrf=second; path=/";
    expect(run(request("DELETE"))?.headers.get("X-CSRF-Token")).toBe("second");
    expect(run(request("HEAD"))).toBeUndefined();
  });
});
