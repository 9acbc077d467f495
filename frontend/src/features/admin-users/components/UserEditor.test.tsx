import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { ADMIN_ME, EAST_TEAM, NORTH_TEAM, user } from "@/test/fixtures";
import { renderRoute } from "@/test/render-route";
import { stubFetchRoutes } from "@/test/stub-fetch";

const SAM = user({ version: 3 });
const PATH = `/admin/users/${SAM.id}`;
const TEAMS = [NORTH_TEAM, EAST_TEAM].map((team) => ({
  ...team,
  member_count: 1,
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
}));

describe("changing a user", () => {
  it("sends the version it read, and on a clash shows their values and loads them", async () => {
    const theirs = user({
      version: 4,
      display_name: "Samuel Okafor",
      role: "manager",
      team_ids: [EAST_TEAM.id],
      teams: [EAST_TEAM],
    });
    const patches: unknown[] = [];
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
      "GET /api/v1/teams": { status: 200, body: TEAMS },
      [`GET /api/v1/users/${SAM.id}`]: { status: 200, body: SAM },
      [`PATCH /api/v1/users/${SAM.id}`]: (request) => {
        patches.push(request);
        return {
          status: 409,
          body: {
            type: "https://kindred.example/problems/conflict",
            title: "This record has changed or clashes with another",
            status: 409,
            detail: "Someone else changed this account since you loaded it.",
            current: theirs,
          },
        };
      },
    });
    renderRoute(PATH);
    const person = userEvent.setup();
    const name = await screen.findByLabelText("Full name");
    await person.clear(name);
    await person.type(name, "Sam O");
    await person.click(screen.getByRole("button", { name: "Save changes" }));

    const notice = await screen.findByRole("alert");
    expect(notice).toHaveTextContent("Someone else changed this user while you were editing");
    expect(notice).toHaveTextContent("Samuel Okafor");
    expect(notice).toHaveTextContent("Manager");
    expect(notice).toHaveTextContent("East Team");
    expect(await (patches[0] as Request).json()).toMatchObject({
      version: 3,
      display_name: "Sam O",
    });
    // Their change has not been overwritten, and the person's own edit is still there to compare.
    expect(screen.getByLabelText("Full name")).toHaveValue("Sam O");

    await person.click(within(notice).getByRole("button", { name: "Load their changes" }));
    await waitFor(() => {
      expect(screen.getByLabelText("Full name")).toHaveValue("Samuel Okafor");
    });
    expect(screen.getByLabelText("Manager")).toBeChecked();
    expect(screen.getByLabelText("East Team")).toBeChecked();
    expect(screen.getByLabelText("North Team")).not.toBeChecked();

    await person.click(screen.getByRole("button", { name: "Save changes" }));
    await waitFor(() => {
      expect(patches).toHaveLength(2);
    });
    expect(await (patches[1] as Request).json()).toMatchObject({ version: 4 });
  });

  it("asks before pausing an account, then sends the status with the version", async () => {
    const patches: Request[] = [];
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
      "GET /api/v1/teams": { status: 200, body: TEAMS },
      [`GET /api/v1/users/${SAM.id}`]: { status: 200, body: SAM },
      [`PATCH /api/v1/users/${SAM.id}`]: (request) => {
        patches.push(request);
        return { status: 200, body: { ...SAM, status: "paused", version: 4 } };
      },
    });
    renderRoute(PATH);
    const person = userEvent.setup();
    await person.click(await screen.findByRole("button", { name: "Pause account" }));

    const question = screen.getByRole("heading", { name: "Pause Sam Okafor’s account?" });
    expect(question).toHaveFocus();
    expect(patches).toHaveLength(0);
    await person.click(screen.getByRole("button", { name: "Yes, pause account" }));

    expect(await screen.findByText("Sam Okafor’s account is now paused.")).toBeVisible();
    expect(await patches[0]?.json()).toEqual({ status: "paused", version: 3 });
    expect(screen.getByRole("button", { name: "Reactivate account" })).toBeVisible();
  });
});
