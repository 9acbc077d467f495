import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import {
  ADMIN_ME,
  AGENCY_ADMIN_ME,
  AGENCY_USER_ME,
  NOT_SIGNED_IN,
  PRACTITIONER_ME,
} from "@/test/fixtures";
import { withRole } from "@/test/role-actions";
import { currentPath, renderRoute } from "@/test/render-route";
import { stubFetchRoutes } from "@/test/stub-fetch";

function menuLinks() {
  const nav = screen.getByRole("navigation", { name: "Menu" });
  return within(nav)
    .getAllByRole("link")
    .map((link) => link.textContent);
}

describe("the header when signed in", () => {
  it("names the person, their organisation and role", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: PRACTITIONER_ME },
      "GET /api/v1/health": "pending",
    });
    renderRoute("/");
    expect(await screen.findByText("Sam Okafor")).toBeVisible();
    const header = screen.getByRole("banner");
    expect(header).toHaveTextContent("Northshire County Council");
    expect(header).toHaveTextContent("Practitioner");
  });

  it("offers a council admin every admin section", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
      "GET /api/v1/health": "pending",
    });
    renderRoute("/");
    await screen.findByText("Alex Turner");
    expect(menuLinks()).toEqual([
      "Home",
      "Users",
      "Teams",
      "API clients",
      "Audit log",
      "Imports",
      "Bulk loads",
      "Exports",
      "Carers",
      "Analytics",
    ]);
  });

  it("offers an agency admin only users and API clients", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: AGENCY_ADMIN_ME },
      "GET /api/v1/health": "pending",
    });
    renderRoute("/");
    await screen.findByText("Lee Harper");
    expect(menuLinks()).toEqual(["Home", "Users", "API clients"]);
  });

  it("offers an agency user the agency portal and no council pages", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: AGENCY_USER_ME },
      "GET /api/v1/health": "pending",
    });
    renderRoute("/");
    await screen.findByText("Dana Whitfield");
    expect(menuLinks()).toEqual(["Home", "Shared referrals", "Our offers", "Webhooks"]);
  });

  it("offers a practitioner no admin links", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: PRACTITIONER_ME },
      "GET /api/v1/health": "pending",
    });
    renderRoute("/");
    await screen.findByText("Sam Okafor");
    expect(menuLinks()).toEqual(["Home", "Children", "Referrals", "Carers"]);
  });

  it("offers a commissioner the carers and the analytics", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": {
        status: 200,
        body: { ...withRole(PRACTITIONER_ME, "commissioner"), display_name: "Chris Lambert" },
      },
      "GET /api/v1/health": "pending",
    });
    renderRoute("/");
    await screen.findByText("Chris Lambert");
    expect(menuLinks()).toEqual(["Home", "Carers", "Analytics"]);
  });

  it("signs out, forgets the account and goes to sign in", async () => {
    let signedIn = true;
    const fetch = stubFetchRoutes({
      "GET /api/v1/auth/me": () =>
        signedIn ? { status: 200, body: ADMIN_ME } : { status: 401, body: NOT_SIGNED_IN },
      "GET /api/v1/users": { status: 200, body: { items: [], total: 0, page: 1, page_size: 25 } },
      "GET /api/v1/teams": { status: 200, body: [] },
      "POST /api/v1/auth/sign-out": () => {
        signedIn = false;
        return { status: 204 };
      },
    });
    const { router } = renderRoute("/admin/users");
    await userEvent.setup().click(await screen.findByRole("button", { name: "Sign out" }));

    await waitFor(() => {
      expect(currentPath(router)).toBe("/sign-in");
    });
    await waitFor(() => {
      expect(screen.queryByText("Alex Turner")).not.toBeInTheDocument();
    });
    expect(fetch.mock.calls.some(([request]) => request.method === "POST")).toBe(true);
    // Signing out on purpose is not a session that ended.
    expect(screen.queryByRole("region", { name: "Important" })).not.toBeInTheDocument();
  });
});

describe("the header when nobody is signed in", () => {
  it("shows Home only and no account", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 401, body: NOT_SIGNED_IN },
      "GET /api/v1/health": "pending",
    });
    renderRoute("/");
    await screen.findByRole("heading", { level: 1, name: "Kindred" });
    expect(menuLinks()).toEqual(["Home"]);
    expect(screen.queryByRole("button", { name: "Sign out" })).not.toBeInTheDocument();
  });
});
