import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { ADMIN_ME, AGENCY_ADMIN_ME, EAST_TEAM, NORTH_TEAM, user } from "@/test/fixtures";
import { currentPath, renderRoute } from "@/test/render-route";
import { type StubRoute, stubFetchRoutes } from "@/test/stub-fetch";

function page(items: ReturnType<typeof user>[], total = items.length, pageNumber = 1) {
  return { items, total, page: pageNumber, page_size: 25 };
}

function stubUsers(users: StubRoute, me = ADMIN_ME) {
  return stubFetchRoutes({
    "GET /api/v1/auth/me": { status: 200, body: me },
    "GET /api/v1/teams": {
      status: 200,
      body: [NORTH_TEAM, EAST_TEAM].map((team) => ({
        ...team,
        member_count: 2,
        created_at: "2026-01-01T00:00:00Z",
        updated_at: "2026-01-01T00:00:00Z",
      })),
    },
    "GET /api/v1/users": users,
  });
}

function usersRequests(fetch: ReturnType<typeof stubFetchRoutes>) {
  return fetch.mock.calls
    .map(([request]) => new URL(request.url))
    .filter((url) => url.pathname === "/api/v1/users");
}

describe("the users list", () => {
  it("says it is loading", async () => {
    stubUsers("pending");
    renderRoute("/admin/users");
    expect(await screen.findByText("Loading users…")).toHaveAttribute("role", "status");
  });

  it("shows the problem when the list cannot be loaded", async () => {
    stubUsers({
      status: 403,
      body: {
        type: "https://kindred.example/problems/forbidden",
        title: "You do not have permission to do this",
        status: 403,
        detail: "Your role does not allow this.",
      },
    });
    renderRoute("/admin/users");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("You do not have permission to do this");
    expect(alert).toHaveTextContent("Your role does not allow this.");
  });

  it("says when nobody matches the filters, with a way to clear them", async () => {
    stubUsers({ status: 200, body: page([]) });
    renderRoute("/admin/users?q=nobody");
    expect(await screen.findByText(/No users match these filters/)).toBeVisible();
    expect(screen.getByRole("link", { name: "Clear the filters" })).toHaveAttribute(
      "href",
      "/admin/users",
    );
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("lists people with their role, teams and status, and how many there are", async () => {
    const fetch = stubUsers({
      status: 200,
      body: page(
        [
          user(),
          user({
            id: "9e3d2c1b-0000-4000-8000-000000000002",
            display_name: "Priya Shah",
            email: "practitioner2@northshire.example",
            status: "paused",
            team_ids: [EAST_TEAM.id],
            teams: [EAST_TEAM],
          }),
        ],
        42,
      ),
    });
    renderRoute("/admin/users");

    const table = await screen.findByRole("table", { name: "Users" });
    expect(screen.getByText("Showing 1 to 25 of 42 users")).toBeVisible();
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(3);
    const [first, second] = rows.slice(1).map((row) => within(row).getAllByRole("cell"));
    expect(first?.map((cell) => cell.textContent)).toEqual([
      "Sam Okafor",
      "practitioner@northshire.example",
      "Practitioner",
      "North Team",
      "Active",
      "5 January 2026",
    ]);
    expect(second?.[4]).toHaveTextContent("Paused");
    expect(within(table).getByRole("link", { name: "Sam Okafor" })).toHaveAttribute(
      "href",
      "/admin/users/9e3d2c1b-0000-4000-8000-000000000001",
    );
    expect(usersRequests(fetch)[0]?.search).toBe("?sort=display_name&page=1&page_size=25");
  });

  it("marks the sorted column and reverses it when chosen again", async () => {
    const fetch = stubUsers({ status: 200, body: page([user()]) });
    const { router } = renderRoute("/admin/users");
    const nameHeader = await screen.findByRole("columnheader", { name: /Name/ });
    expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
    expect(screen.getByRole("columnheader", { name: /E-mail address/ })).toHaveAttribute(
      "aria-sort",
      "none",
    );

    await userEvent.setup().click(within(nameHeader).getByRole("link"));
    await waitFor(() => {
      expect(currentPath(router)).toBe("/admin/users?sort=-display_name");
    });
    expect(await screen.findByRole("columnheader", { name: /Name/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    await waitFor(() => {
      expect(usersRequests(fetch).at(-1)?.searchParams.get("sort")).toBe("-display_name");
    });
  });

  it("pages through the list with GOV.UK pagination", async () => {
    const everyone = Array.from({ length: 25 }, (_, index) =>
      user({ id: `9e3d2c1b-0000-4000-8000-0000000001${String(index).padStart(2, "0")}` }),
    );
    const fetch = stubUsers((request) => {
      const pageNumber = Number(new URL(request.url).searchParams.get("page"));
      return {
        status: 200,
        body: page(pageNumber === 2 ? everyone.slice(0, 17) : everyone, 42, pageNumber),
      };
    });
    renderRoute("/admin/users");

    const pages = await screen.findByRole("navigation", { name: "Pages" });
    expect(within(pages).getByRole("link", { name: "Page 1" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    expect(within(pages).queryByRole("link", { name: /Previous/ })).not.toBeInTheDocument();
    await userEvent.setup().click(within(pages).getByRole("link", { name: "Next page" }));

    expect(await screen.findByText("Showing 26 to 42 of 42 users")).toBeVisible();
    expect(usersRequests(fetch).at(-1)?.searchParams.get("page")).toBe("2");
  });

  it("filters by search text, role, team and status, from the first page", async () => {
    const fetch = stubUsers({ status: 200, body: page([user()]) });
    const { router } = renderRoute("/admin/users?page=3");
    const user_ = userEvent.setup();
    const filters = await screen.findByRole("search", { name: "Filter users" });
    await user_.type(within(filters).getByLabelText("Name or e-mail address"), "sam");
    await user_.selectOptions(within(filters).getByLabelText("Role"), "practitioner");
    await user_.selectOptions(within(filters).getByLabelText("Team"), NORTH_TEAM.id);
    await user_.selectOptions(within(filters).getByLabelText("Status"), "active");
    await user_.click(within(filters).getByRole("button", { name: "Apply filters" }));

    await waitFor(() => {
      expect(currentPath(router)).toBe(
        `/admin/users?role=practitioner&team_id=${NORTH_TEAM.id}&status=active&q=sam`,
      );
    });
    await waitFor(() => {
      const sent = usersRequests(fetch).at(-1)?.searchParams;
      expect(Object.fromEntries(sent ?? [])).toEqual({
        role: "practitioner",
        team_id: NORTH_TEAM.id,
        status: "active",
        q: "sam",
        sort: "display_name",
        page: "1",
        page_size: "25",
      });
    });
  });

  it("has no team filter in an agency, which has no teams", async () => {
    const fetch = stubUsers(
      { status: 200, body: page([user({ role: "agency_user", teams: [], team_ids: [] })]) },
      AGENCY_ADMIN_ME,
    );
    renderRoute("/admin/users");
    const filters = await screen.findByRole("search", { name: "Filter users" });
    expect(within(filters).queryByLabelText("Team")).not.toBeInTheDocument();
    await screen.findByRole("table", { name: "Users" });
    expect(fetch.mock.calls.some(([request]) => request.url.includes("/api/v1/teams"))).toBe(false);
  });
});
