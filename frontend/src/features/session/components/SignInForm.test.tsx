import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { ADMIN_ME, NOT_SIGNED_IN, PRACTITIONER_ME } from "@/test/fixtures";
import { currentPath, renderRoute } from "@/test/render-route";
import { stubFetchRoutes } from "@/test/stub-fetch";

const WRONG = {
  type: "https://kindred.example/problems/not-authenticated",
  title: "Sign in to continue",
  status: 401,
  detail: "The e-mail address or password is not right.",
};

const LOCKED = {
  type: "https://kindred.example/problems/too-many-requests",
  title: "Too many failed sign-ins",
  status: 429,
  detail: "Too many failed sign-ins. For your safety, sign-in is paused for 15 minutes.",
};

async function fillIn(email: string, password: string) {
  const user = userEvent.setup();
  const button = await screen.findByRole("button", { name: "Sign in" });
  if (email) await user.type(screen.getByLabelText("E-mail address"), email);
  if (password) await user.type(screen.getByLabelText("Password"), password);
  await user.click(button);
}

describe("SignInForm", () => {
  it("labels its fields for password managers", async () => {
    stubFetchRoutes({ "GET /api/v1/auth/me": { status: 401, body: NOT_SIGNED_IN } });
    renderRoute("/sign-in");
    expect(await screen.findByLabelText("E-mail address")).toHaveAttribute(
      "autocomplete",
      "username",
    );
    expect(screen.getByLabelText("Password")).toHaveAttribute("autocomplete", "current-password");
    expect(screen.getByLabelText("Password")).toHaveAttribute("type", "password");
  });

  it("lists empty fields in a focused error summary linking to them, and inline", async () => {
    const fetch = stubFetchRoutes({ "GET /api/v1/auth/me": { status: 401, body: NOT_SIGNED_IN } });
    renderRoute("/sign-in");
    await fillIn("", "");

    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("heading", { name: "There is a problem" })).toBeVisible();
    expect(
      within(summary).getByRole("link", { name: "Enter your e-mail address" }),
    ).toHaveAttribute("href", "#email");
    expect(within(summary).getByRole("link", { name: "Enter your password" })).toHaveAttribute(
      "href",
      "#password",
    );
    await waitFor(() => {
      expect(summary.parentElement).toHaveFocus();
    });
    expect(screen.getByLabelText("E-mail address")).toHaveAccessibleDescription(
      "Error: Enter your e-mail address",
    );
    expect(screen.getByLabelText("Password")).toHaveAccessibleDescription(
      "Error: Enter your password",
    );
    expect(document.title).toBe("Error: Sign in – Kindred");
    // Nothing was sent: the only request is the header's "who is signed in".
    expect(fetch.mock.calls.every(([request]) => request.method === "GET")).toBe(true);
  });

  it("asks for an e-mail address in the right format before sending", async () => {
    stubFetchRoutes({ "GET /api/v1/auth/me": { status: 401, body: NOT_SIGNED_IN } });
    renderRoute("/sign-in");
    await fillIn("admin", "kindred demo password");
    expect(
      await screen.findByRole("link", {
        name: "Enter an e-mail address in the correct format, like name@example.com",
      }),
    ).toHaveAttribute("href", "#email");
  });

  it("moves focus to the field when its summary link is followed", async () => {
    stubFetchRoutes({ "GET /api/v1/auth/me": { status: 401, body: NOT_SIGNED_IN } });
    renderRoute("/sign-in");
    await fillIn("someone@example.com", "");
    await userEvent.setup().click(await screen.findByRole("link", { name: "Enter your password" }));
    expect(screen.getByLabelText("Password")).toHaveFocus();
  });

  it("shows the API's words for a wrong e-mail or password", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 401, body: NOT_SIGNED_IN },
      "POST /api/v1/auth/sign-in": { status: 401, body: WRONG },
    });
    renderRoute("/sign-in");
    await fillIn("admin@northshire.example", "not the password");

    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link", { name: WRONG.detail })).toHaveAttribute(
      "href",
      "#email",
    );
  });

  it("shows the API's words when sign-in is locked", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 401, body: NOT_SIGNED_IN },
      "POST /api/v1/auth/sign-in": { status: 429, body: LOCKED },
    });
    renderRoute("/sign-in");
    await fillIn("admin@northshire.example", "guess");
    expect(await screen.findByRole("alert")).toHaveTextContent(LOCKED.detail);
  });

  it("asks which organisation when the password opens accounts in two, then sends it", async () => {
    const choose = {
      type: "https://kindred.example/problems/choose-organisation",
      title: "Choose the organisation to sign in to",
      status: 409,
      detail: "This e-mail address and password open accounts in more than one organisation.",
      organisations: [
        { id: "00000000-0000-4000-8000-0000000000a1", name: "Northshire County Council" },
        { id: "00000000-0000-4000-8000-0000000000b2", name: "Southvale City Council" },
      ],
    };
    let attempt = 0;
    const fetch = stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 401, body: NOT_SIGNED_IN },
      "POST /api/v1/auth/sign-in": () => {
        attempt += 1;
        return attempt === 1 ? { status: 409, body: choose } : { status: 200, body: ADMIN_ME };
      },
      "GET /api/v1/users": "pending",
      "GET /api/v1/teams": "pending",
    });
    const { router } = renderRoute("/sign-in");
    await fillIn("sam.okafor@example.org", "kindred demo password");

    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Choose the organisation to sign in to",
    );
    const group = screen.getByRole("group", {
      name: "Which organisation do you want to sign in to?",
    });
    await userEvent.setup().click(within(group).getByLabelText("Southvale City Council"));
    await userEvent.setup().click(screen.getByRole("button", { name: "Sign in" }));

    await waitFor(() => {
      expect(currentPath(router)).toBe("/admin/users");
    });
    const sent = fetch.mock.calls
      .map(([request]) => request)
      .filter((request) => request.method === "POST");
    expect(await sent[1]?.json()).toEqual({
      email: "sam.okafor@example.org",
      password: "kindred demo password",
      organisation_id: "00000000-0000-4000-8000-0000000000b2",
    });
  });

  it("disables the button while signing in", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 401, body: NOT_SIGNED_IN },
      "POST /api/v1/auth/sign-in": "pending",
    });
    renderRoute("/sign-in");
    await fillIn("admin@northshire.example", "kindred demo password");
    expect(await screen.findByRole("button", { name: "Signing in…" })).toBeDisabled();
  });

  it("sends the e-mail and password, then goes back to the page that asked", async () => {
    const fetch = stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 401, body: NOT_SIGNED_IN },
      "POST /api/v1/auth/sign-in": { status: 200, body: ADMIN_ME },
      "GET /api/v1/teams": "pending",
    });
    const { router } = renderRoute("/sign-in?returnTo=%2Fadmin%2Fteams%3Fq%3Dnorth");
    await fillIn("admin@northshire.example", "kindred demo password");

    await waitFor(() => {
      expect(currentPath(router)).toBe("/admin/teams?q=north");
    });
    const signIn = fetch.mock.calls
      .map(([request]) => request)
      .find((request) => request.method === "POST");
    expect(await signIn?.json()).toEqual({
      email: "admin@northshire.example",
      password: "kindred demo password",
    });
  });

  it("goes to the role's home page when no page asked, and never off the site", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 401, body: NOT_SIGNED_IN },
      "POST /api/v1/auth/sign-in": { status: 200, body: PRACTITIONER_ME },
      "GET /api/v1/children": "pending",
      "GET /api/v1/teams": "pending",
    });
    const { router } = renderRoute("/sign-in?returnTo=%2F%2Fevil.example");
    await fillIn("practitioner@northshire.example", "kindred demo password");
    // A practitioner's home is their caseload.
    await waitFor(() => {
      expect(currentPath(router)).toBe("/children");
    });
  });

  it("sends an admin to the users page by default", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 401, body: NOT_SIGNED_IN },
      "POST /api/v1/auth/sign-in": { status: 200, body: ADMIN_ME },
      "GET /api/v1/users": "pending",
      "GET /api/v1/teams": "pending",
    });
    const { router } = renderRoute("/sign-in");
    await fillIn("admin@northshire.example", "kindred demo password");
    await waitFor(() => {
      expect(currentPath(router)).toBe("/admin/users");
    });
  });
});
