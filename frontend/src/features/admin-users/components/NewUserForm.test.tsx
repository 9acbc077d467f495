import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { ADMIN_ME, EAST_TEAM, NORTH_TEAM, user } from "@/test/fixtures";
import { currentPath, renderRoute } from "@/test/render-route";
import { type StubRoute, stubFetchRoutes } from "@/test/stub-fetch";

function stubCreate(create: StubRoute) {
  return stubFetchRoutes({
    "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
    "GET /api/v1/teams": {
      status: 200,
      body: [NORTH_TEAM, EAST_TEAM].map((team) => ({
        ...team,
        member_count: 1,
        created_at: "2026-01-01T00:00:00Z",
        updated_at: "2026-01-01T00:00:00Z",
      })),
    },
    "POST /api/v1/users": create,
    "GET /api/v1/users": { status: 200, body: { items: [], total: 0, page: 1, page_size: 25 } },
  });
}

async function fillIn(password = "three ordinary words") {
  const person = userEvent.setup();
  await person.type(await screen.findByLabelText("Full name"), "Jamie Reid");
  await person.type(screen.getByLabelText("E-mail address"), "jamie.reid@northshire.example");
  await person.click(screen.getByLabelText("Manager"));
  await person.click(await screen.findByLabelText("East Team"));
  await person.type(screen.getByLabelText("Initial password"), password);
  await person.click(screen.getByRole("button", { name: "Add user" }));
}

describe("adding a user", () => {
  it("checks every field before sending", async () => {
    const fetch = stubCreate({ status: 500 });
    renderRoute("/admin/users/new");
    await userEvent.setup().click(await screen.findByRole("button", { name: "Add user" }));

    const summary = await screen.findByRole("alert");
    expect(
      within(summary)
        .getAllByRole("link")
        .map((link) => [link.textContent, link.getAttribute("href")]),
    ).toEqual([
      ["Enter the person’s full name", "#display_name"],
      ["Enter their e-mail address", "#email"],
      ["Select a role", "#role"],
      ["Enter an initial password", "#password"],
    ]);
    expect(screen.getByRole("group", { name: "Role" })).toHaveAccessibleDescription(
      expect.stringContaining("Error: Select a role") as string,
    );
    expect(fetch.mock.calls.some(([request]) => request.method === "POST")).toBe(false);
  });

  it("puts the API's field errors on the fields they name", async () => {
    stubCreate({
      status: 422,
      body: {
        type: "https://kindred.example/problems/validation-error",
        title: "Your request has invalid fields",
        status: 422,
        detail: "Check these fields: body.password.",
        errors: [
          {
            field: "body.password",
            message:
              "This password is too common and easy to guess. Choose something less obvious.",
          },
        ],
      },
    });
    renderRoute("/admin/users/new");
    await fillIn("password1234");

    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link", { name: /too common/ })).toHaveAttribute(
      "href",
      "#password",
    );
    expect(screen.getByLabelText("Initial password")).toHaveAccessibleDescription(
      expect.stringContaining("Error: This password is too common") as string,
    );
  });

  it("says when the address is taken (409 naming the field)", async () => {
    stubCreate({
      status: 409,
      body: {
        type: "https://kindred.example/problems/conflict",
        title: "This record has changed or clashes with another",
        status: 409,
        detail: "An account with this e-mail address already exists.",
        errors: [{ field: "body.email", message: "This address is already in use." }],
      },
    });
    renderRoute("/admin/users/new");
    await fillIn();
    expect(
      await screen.findByRole("link", { name: "This address is already in use." }),
    ).toHaveAttribute("href", "#email");
  });

  it("sends the account and returns to the list with a confirmation", async () => {
    const fetch = stubCreate({ status: 201, body: user({ display_name: "Jamie Reid" }) });
    const { router } = renderRoute("/admin/users/new");
    await fillIn();

    await waitFor(() => {
      expect(currentPath(router)).toBe("/admin/users");
    });
    expect(await screen.findByRole("alert")).toHaveTextContent("Jamie Reid has been added.");
    const post = fetch.mock.calls
      .map(([request]) => request)
      .find((request) => request.method === "POST");
    expect(await post?.json()).toEqual({
      display_name: "Jamie Reid",
      email: "jamie.reid@northshire.example",
      role: "manager",
      team_ids: [EAST_TEAM.id],
      password: "three ordinary words",
    });
  });
});
