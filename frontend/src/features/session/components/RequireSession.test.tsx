import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { ADMIN_ME, NOT_SIGNED_IN, SESSION_ENDED } from "@/test/fixtures";
import { currentPath, renderRoute } from "@/test/render-route";
import { stubFetchRoutes } from "@/test/stub-fetch";

const SESSION_ENDED_BANNER = "Your session has ended. Sign in again to carry on where you were.";

describe("RequireSession", () => {
  it("sends someone who is not signed in to sign in, with the way back", async () => {
    stubFetchRoutes({ "GET /api/v1/auth/me": { status: 401, body: NOT_SIGNED_IN } });
    const { router } = renderRoute("/admin/users?role=admin");

    expect(
      await screen.findByRole("heading", { level: 1, name: "Sign in to Kindred" }),
    ).toBeVisible();
    expect(currentPath(router)).toBe("/sign-in?returnTo=%2Fadmin%2Fusers%3Frole%3Dadmin");
    // Never signed in here: no "session has ended".
    expect(screen.queryByText(SESSION_ENDED_BANNER)).not.toBeInTheDocument();
  });

  it("says the session has ended when the API says so", async () => {
    stubFetchRoutes({ "GET /api/v1/auth/me": { status: 401, body: SESSION_ENDED } });
    renderRoute("/admin/teams");
    const banner = await screen.findByRole("region", { name: "Important" });
    expect(banner).toHaveTextContent(SESSION_ENDED_BANNER);
  });

  it("waits for the answer before showing the page", async () => {
    stubFetchRoutes({ "GET /api/v1/auth/me": "pending" });
    renderRoute("/admin/users");
    expect(await screen.findByText("Checking you are signed in…")).toHaveAttribute(
      "role",
      "status",
    );
  });

  it("shows the problem when the check itself fails", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": {
        status: 503,
        body: { type: "about:blank", title: "Service unavailable", status: 503, detail: "Down." },
      },
    });
    renderRoute("/admin/users");
    expect(await screen.findByRole("alert")).toHaveTextContent("Down.");
  });

  it("sends a person whose session ends mid-work to sign in, and back after", async () => {
    let signedIn = true;
    const answer = (body: object) => () =>
      signedIn ? { status: 200, body } : { status: 401, body: NOT_SIGNED_IN };
    stubFetchRoutes({
      "GET /api/v1/auth/me": answer(ADMIN_ME),
      "GET /api/v1/users": answer({ items: [], total: 0, page: 1, page_size: 25 }),
      "GET /api/v1/teams": answer([]),
      "POST /api/v1/auth/sign-in": () => {
        signedIn = true;
        return { status: 200, body: ADMIN_ME };
      },
    });
    const { router } = renderRoute("/admin/users");
    expect(await screen.findByRole("heading", { level: 1, name: "Users" })).toBeVisible();

    signedIn = false;
    const user = userEvent.setup();
    await user.click(screen.getByRole("link", { name: "Teams" }));

    const banner = await screen.findByRole("region", { name: "Important" });
    expect(banner).toHaveTextContent(SESSION_ENDED_BANNER);
    expect(currentPath(router)).toBe("/sign-in?returnTo=%2Fadmin%2Fteams");
    // The header no longer claims anyone is signed in.
    await waitFor(() => {
      expect(screen.queryByRole("button", { name: "Sign out" })).not.toBeInTheDocument();
    });

    await user.type(screen.getByLabelText("E-mail address"), ADMIN_ME.email);
    await user.type(screen.getByLabelText("Password"), "kindred demo password");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    await waitFor(() => {
      expect(currentPath(router)).toBe("/admin/teams");
    });
  });
});
