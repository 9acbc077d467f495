import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { NOT_SIGNED_IN } from "@/test/fixtures";
import { renderRoute } from "@/test/render-route";
import { stubFetchPending, stubFetchRoutes } from "@/test/stub-fetch";

/** Nobody signed in (the header asks), and the health check answering `status` with `body`. */
function stubHealth(status: number, body: unknown) {
  return stubFetchRoutes({
    "GET /api/v1/auth/me": { status: 401, body: NOT_SIGNED_IN },
    "GET /api/v1/health": { status, body },
  });
}

/** The value beside `key` in the status summary, once the page and the request have loaded. */
async function findStatusValue(key: string) {
  const section = await screen.findByRole("region", { name: "Service status" });
  const term = await within(section).findByText(key, { selector: "dt" });
  return term.nextElementSibling;
}

describe("ServiceStatusPanel", () => {
  it("says it is checking while the health request is in flight", async () => {
    stubFetchPending();
    renderRoute("/");
    expect(await screen.findByText("Checking service status…")).toHaveAttribute("role", "status");
  });

  it("shows status, database and migration revision when the API answers", async () => {
    const fetch = stubHealth(200, {
      status: "ok",
      database: "ok",
      revision: "2025_01_01_0000_initial",
      version: "0.1.0",
    });
    renderRoute("/");

    expect(await findStatusValue("Status")).toHaveTextContent("ok");
    expect(await findStatusValue("Database")).toHaveTextContent("ok");
    expect(await findStatusValue("Migration revision")).toHaveTextContent(
      "2025_01_01_0000_initial",
    );
    expect(await findStatusValue("Version")).toHaveTextContent("0.1.0");
    const request = fetch.mock.calls
      .map(([call]) => call)
      .find((call) => new URL(call.url).pathname === "/api/v1/health");
    expect(request?.credentials).toBe("same-origin");
  });

  it("shows a degraded report when the API answers 503 with one", async () => {
    stubHealth(503, {
      status: "degraded",
      database: "unreachable",
      revision: null,
      version: "0.1.0",
    });
    renderRoute("/");

    expect(await findStatusValue("Status")).toHaveTextContent("degraded");
    expect(await findStatusValue("Database")).toHaveTextContent("unreachable");
    expect(await findStatusValue("Migration revision")).toHaveTextContent("None applied");
  });

  it("shows the problem's title, detail and reference when the API fails", async () => {
    stubHealth(500, {
      type: "https://kindred.example/problems/internal-error",
      title: "Internal server error",
      status: 500,
      detail: "Something went wrong on our side.",
      request_id: "req-123",
    });
    renderRoute("/");

    const alert = await screen.findByRole("alert");
    expect(within(alert).getByRole("heading", { name: "Internal server error" })).toBeVisible();
    expect(alert).toHaveTextContent("Something went wrong on our side.");
    expect(alert).toHaveTextContent("Reference: req-123");
  });
});
