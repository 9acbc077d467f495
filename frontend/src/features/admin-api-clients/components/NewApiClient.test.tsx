import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { ADMIN_ME } from "@/test/fixtures";
import { renderRoute } from "@/test/render-route";
import { stubFetchRoutes } from "@/test/stub-fetch";

const CREATED = {
  id: "c0ffee00-0000-4000-8000-000000000001",
  client_id: "kc_northshire_case",
  name: "Northshire case system",
  scopes: ["offers:write", "referrals:read"],
  created_at: "2026-11-23T10:00:00Z",
  secret_rotated_at: null,
  revoked_at: null,
  client_secret: "s3cr3t-shown-once-abcdefghijklmnop",
};

describe("adding an API client", () => {
  it("offers every scope the API allows, with what it is for", async () => {
    stubFetchRoutes({ "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME } });
    renderRoute("/admin/api-clients/new");
    const scopes = await screen.findByRole("group", { name: "What it may do" });
    expect(
      within(scopes)
        .getAllByRole("checkbox")
        .map((box) => box.getAttribute("value")),
    ).toEqual(["referrals:read", "offers:write", "webhooks:manage"]);
    expect(within(scopes).getByLabelText("webhooks:manage")).toHaveAccessibleDescription(
      "Register and manage webhook endpoints for event notifications.",
    );
  });

  it("asks for a name and at least one scope", async () => {
    stubFetchRoutes({ "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME } });
    renderRoute("/admin/api-clients/new");
    await userEvent.setup().click(await screen.findByRole("button", { name: "Create API client" }));
    const summary = await screen.findByRole("alert");
    expect(
      within(summary)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["Enter a name for the API client", "Select at least one scope"]);
  });

  it("shows the new secret once, in a panel, with a copy button", async () => {
    const fetch = stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
      "POST /api/v1/api-clients": { status: 201, body: CREATED },
      "GET /api/v1/api-clients": "pending",
    });
    renderRoute("/admin/api-clients/new");
    // user-event puts its own clipboard on navigator; watch that one.
    const person = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, "writeText");
    await person.type(await screen.findByLabelText("Name"), "Northshire case system");
    await person.click(screen.getByLabelText("referrals:read"));
    await person.click(screen.getByLabelText("offers:write"));
    await person.click(screen.getByRole("button", { name: "Create API client" }));

    const heading = await screen.findByRole("heading", { level: 1, name: "API client created" });
    await waitFor(() => {
      expect(heading.parentElement).toHaveFocus();
    });
    expect(screen.getByText(CREATED.client_secret)).toBeVisible();
    expect(screen.getByText(CREATED.client_id)).toBeVisible();
    expect(screen.getByText(/This secret will not be shown again/)).toBeVisible();
    const post = fetch.mock.calls
      .map(([request]) => request)
      .find((request) => request.method === "POST");
    expect(await post?.json()).toEqual({
      name: "Northshire case system",
      scopes: ["referrals:read", "offers:write"],
    });

    await person.click(screen.getByRole("button", { name: "Copy secret" }));
    expect(writeText).toHaveBeenCalledWith(CREATED.client_secret);
    expect(await screen.findByText("The secret has been copied.")).toBeVisible();
  });
});
