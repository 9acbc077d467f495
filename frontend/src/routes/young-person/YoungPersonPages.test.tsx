import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";

import type { AboutMeWrite } from "@/features/young-person-voice/api/my-voice";
import { NOT_SIGNED_IN } from "@/test/fixtures";
import { currentPath, renderRoute } from "@/test/render-route";
import { type StubAnswer, stubFetchRoutes } from "@/test/stub-fetch";
import { aboutMe, CHILD_FRAMEWORK, YOUNG_PERSON_ME } from "@/test/voice-fixtures";

const WHEEL = {
  assessed_on: "2026-11-20",
  framework_version: "1.0.0",
  domains: [
    {
      key: "physical_health",
      child_name: "My body and health",
      child_description: "Eating, sleeping, feeling well.",
      level: 1,
      child_label: "Mostly fine",
      child_descriptor: "Mostly fine",
    },
  ],
};

/** A route that answers `answer` and keeps each request's JSON body in `bodies`. */
function recording(bodies: unknown[], answer: StubAnswer) {
  return (request: Request): StubAnswer => {
    void request
      .clone()
      .json()
      .then((body: unknown) => bodies.push(body));
    return answer;
  };
}

function signedInYoungPerson(extra: Parameters<typeof stubFetchRoutes>[0] = {}) {
  return stubFetchRoutes({
    "GET /api/v1/auth/me": { status: 200, body: YOUNG_PERSON_ME },
    "GET /api/v1/me/about-me": { status: 200, body: aboutMe() },
    "GET /api/v1/me/framework": { status: 200, body: CHILD_FRAMEWORK },
    "GET /api/v1/me/wheel": { status: 200, body: WHEEL },
    ...extra,
  });
}

describe("the young person's pages", () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it("redeems the worker's code with a PIN typed twice, then lands on their own page", async () => {
    const user = userEvent.setup();
    stubFetchRoutes({
      // Nobody is signed in until the code is redeemed; then the session cookie says who.
      "GET /api/v1/auth/me": [
        { status: 401, body: NOT_SIGNED_IN },
        { status: 200, body: YOUNG_PERSON_ME },
      ],
      "POST /api/v1/young-people/redeem": {
        status: 201,
        body: { ...YOUNG_PERSON_ME, username: "amara-k7p3" },
      },
      "GET /api/v1/me/about-me": { status: 200, body: aboutMe() },
      "GET /api/v1/me/framework": { status: 200, body: CHILD_FRAMEWORK },
      "GET /api/v1/me/wheel": { status: 200, body: WHEEL },
    });
    const { router } = renderRoute("/young-people/join");

    await user.type(await screen.findByLabelText("The code from your worker"), "K7P3-MX9Q");
    await user.type(screen.getByLabelText("Choose a PIN"), "947263");
    await user.type(screen.getByLabelText("Type your PIN again"), "947264");
    await user.click(screen.getByRole("button", { name: "Start" }));
    expect(
      await screen.findByRole("link", { name: "The two PINs are not the same. Try again" }),
    ).toBeVisible();

    await user.clear(screen.getByLabelText("Type your PIN again"));
    await user.type(screen.getByLabelText("Type your PIN again"), "947263");
    await user.click(screen.getByRole("button", { name: "Start" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Hi Amara" })).toBeVisible();
    expect(currentPath(router)).toBe("/me");
    expect(screen.getByText("amara-k7p3")).toBeVisible();
    // Their navigation offers their own page only.
    const menu = screen.getByRole("navigation", { name: "Menu" });
    expect(
      within(menu)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["My page"]);
    expect(await screen.findByRole("img", { name: "My wheel" })).toBeVisible();
  });

  it("signs them in again with their sign-in name and PIN", async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    stubFetchRoutes({
      "GET /api/v1/auth/me": [
        { status: 401, body: NOT_SIGNED_IN },
        { status: 200, body: YOUNG_PERSON_ME },
      ],
      "POST /api/v1/auth/sign-in": recording(sent, { status: 200, body: YOUNG_PERSON_ME }),
      "GET /api/v1/me/about-me": { status: 200, body: aboutMe() },
      "GET /api/v1/me/framework": { status: 200, body: CHILD_FRAMEWORK },
      "GET /api/v1/me/wheel": { status: 200, body: WHEEL },
    });
    const { router } = renderRoute("/young-people");

    await user.type(await screen.findByLabelText("My sign-in name"), "amara-k7p3");
    await user.type(screen.getByLabelText("My PIN"), "947263");
    await user.click(screen.getByRole("button", { name: "Sign in" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Hi Amara" })).toBeVisible();
    expect(currentPath(router)).toBe("/me");
    expect(sent).toEqual([{ email: "amara-k7p3", password: "947263" }]);
  });

  it("saves a rating picked on the big scale by itself and says it is saved", async () => {
    const user = userEvent.setup();
    const saves: AboutMeWrite[] = [];
    signedInYoungPerson({
      "PUT /api/v1/me/about-me": recording(saves, { status: 200, body: aboutMe({ number: 1 }) }),
    });
    renderRoute("/me/how-i-see-it");

    const area = await screen.findByRole("group", { name: "My body and health" });
    await user.click(within(area).getByRole("radio", { name: /Some worries/ }));
    expect(await screen.findByText("Saved ✓", {}, { timeout: 3_000 })).toBeVisible();
    await waitFor(() => {
      expect(saves[0]?.self_ratings).toEqual({ physical_health: { level: 2, words: "" } });
    });
    expect(saves[0]?.based_on).toBe(0);
  });

  it("lets them say no to a part being shared, and saves that too", async () => {
    const user = userEvent.setup();
    const saves: AboutMeWrite[] = [];
    signedInYoungPerson({
      "PUT /api/v1/me/about-me": recording(saves, { status: 200, body: aboutMe({ number: 1 }) }),
    });
    renderRoute("/me/about-me");

    await user.type(await screen.findByRole("textbox", { name: "What I’m good at" }), "Drawing");
    await user.click(
      screen.getByRole("checkbox", { name: /My worker can share “What I’m good at”/ }),
    );
    expect(await screen.findByText("Saved ✓", {}, { timeout: 3_000 })).toBeVisible();
    await waitFor(() => {
      expect(saves.at(-1)?.sections.good_at).toBe("Drawing");
    });
    expect(saves.at(-1)?.share.good_at).toBe(false);
  });
});
