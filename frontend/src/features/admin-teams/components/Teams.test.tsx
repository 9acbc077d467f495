import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { ADMIN_ME, EAST_TEAM, NORTH_TEAM } from "@/test/fixtures";
import { currentPath, renderRoute } from "@/test/render-route";
import { stubFetchRoutes } from "@/test/stub-fetch";

const TEAMS = [
  {
    ...EAST_TEAM,
    member_count: 3,
    created_at: "2026-01-01T00:00:00Z",
    updated_at: "2026-01-01T00:00:00Z",
  },
  {
    ...NORTH_TEAM,
    member_count: 1,
    created_at: "2026-01-01T00:00:00Z",
    updated_at: "2026-01-01T00:00:00Z",
  },
];

const NAME_TAKEN = {
  type: "https://kindred.example/problems/conflict",
  title: "This record has changed or clashes with another",
  status: 409,
  detail: "Your council already has a team called North Team.",
  errors: [{ field: "body.name", message: "Your council already has a team with this name." }],
};

describe("teams", () => {
  it("lists each team with how many people are in it", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
      "GET /api/v1/teams": { status: 200, body: TEAMS },
    });
    renderRoute("/admin/teams");
    const table = await screen.findByRole("table", { name: "2 teams" });
    const east = within(table).getByRole("row", { name: /East Team/ });
    expect(within(east).getAllByRole("cell")[1]).toHaveTextContent("3");
    expect(within(east).getByRole("link", { name: "Rename East Team" })).toHaveAttribute(
      "href",
      `/admin/teams/${EAST_TEAM.id}`,
    );
  });

  it("shows a clashing name on the field", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
      "GET /api/v1/teams": { status: 200, body: TEAMS },
      "POST /api/v1/teams": { status: 409, body: NAME_TAKEN },
    });
    renderRoute("/admin/teams");
    const person = userEvent.setup();
    await person.type(await screen.findByLabelText("Team name"), "north team");
    await person.click(screen.getByRole("button", { name: "Add team" }));
    expect(
      await screen.findByRole("link", { name: "Your council already has a team with this name." }),
    ).toHaveAttribute("href", "#team-name");
  });

  it("renames a team on its own page and says so on the list", async () => {
    const renames: Request[] = [];
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
      "GET /api/v1/teams": { status: 200, body: TEAMS },
      [`PATCH /api/v1/teams/${NORTH_TEAM.id}`]: (request) => {
        renames.push(request);
        return { status: 200, body: { ...TEAMS[1], name: "Northern Team" } };
      },
    });
    const { router } = renderRoute(`/admin/teams/${NORTH_TEAM.id}`);
    const person = userEvent.setup();
    expect(
      await screen.findByRole("heading", { level: 1, name: "Rename North Team" }),
    ).toBeVisible();
    const field = screen.getByLabelText("New team name");
    await person.clear(field);
    await person.type(field, "Northern Team");
    await person.click(screen.getByRole("button", { name: "Save name" }));

    await waitFor(() => {
      expect(currentPath(router)).toBe("/admin/teams");
    });
    expect(await screen.findByText("The team is now called Northern Team.")).toBeVisible();
    expect(await renames[0]?.json()).toEqual({ name: "Northern Team" });
  });
});
