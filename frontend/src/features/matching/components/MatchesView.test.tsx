import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { PRACTITIONER_ME } from "@/test/fixtures";
import { CHILD, CHILD_ID, FRAMEWORK, MATCHES } from "@/test/market-fixtures";
import { currentPath, renderRoute } from "@/test/render-route";
import { type StubRoute, stubFetchRoutes } from "@/test/stub-fetch";

const PAGE = `/children/${CHILD_ID}/matches`;

function stubMatches(matches: StubRoute) {
  return stubFetchRoutes({
    "GET /api/v1/auth/me": { status: 200, body: PRACTITIONER_ME },
    [`GET /api/v1/children/${CHILD_ID}`]: { status: 200, body: CHILD },
    "GET /api/v1/frameworks/current": { status: 200, body: FRAMEWORK },
    [`GET /api/v1/children/${CHILD_ID}/matches`]: matches,
    [`GET /api/v1/children/${CHILD_ID}/exclusions`]: { status: 200, body: [] },
  });
}

function matchRequests(fetch: ReturnType<typeof stubFetchRoutes>) {
  return fetch.mock.calls
    .map(([request]) => new URL(request.url))
    .filter((url) => url.pathname.endsWith("/matches"));
}

describe("a child's matches", () => {
  it("ranks households with their fit, gaps, distance and fee, and the ranking rule", async () => {
    stubMatches({ status: 200, body: MATCHES });
    renderRoute(PAGE);
    // The first test also waits for the page's code to load.
    expect(
      await screen.findByRole(
        "heading",
        { level: 1, name: "Matches for Ava Brown" },
        { timeout: 5000 },
      ),
    ).toBeVisible();
    const table = await screen.findByRole("table", { name: "Households, best match first" });
    const first = within(table).getByRole("row", { name: /The Okafor household/ });
    expect([...first.children].map((cell) => cell.textContent)).toEqual([
      "1.The Okafor household",
      "In-house",
      "80%",
      "0",
      "1",
      "4.2 miles (6.8 km)",
      "£625.50 a week",
    ]);
    expect(screen.getByText(/fewest unmet domains, then fit/)).toBeVisible();
    expect(screen.getByText(/1 household left out by the filters/)).toBeVisible();
  });

  it("opens a household into the overlay from the keyboard", async () => {
    stubMatches({ status: 200, body: MATCHES });
    renderRoute(PAGE);
    const toggle = await screen.findByRole("button", { name: /The Okafor household/ });
    toggle.focus();
    await userEvent.setup().keyboard("{Enter}");
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(
      screen.getByRole("img", { name: "Ava Brown’s needs with The Okafor household’s capacity" }),
    ).toBeVisible();
    expect(
      screen.getByRole("table", {
        name: "Ava Brown’s needs and The Okafor household’s capacity, by domain",
      }),
    ).toBeVisible();
    expect(screen.getByRole("button", { name: /Exclude for this child/ })).toBeVisible();
  });

  it("keeps the filters in the address and asks the API in kilometres", async () => {
    const fetch = stubMatches({ status: 200, body: MATCHES });
    const { router } = renderRoute(PAGE);
    const filters = await screen.findByRole("search", { name: "Filter matches" });
    const user = userEvent.setup();
    await user.selectOptions(within(filters).getByLabelText("Type of placement"), "short_term");
    await user.selectOptions(within(filters).getByLabelText("Maximum distance"), "10");
    await user.selectOptions(within(filters).getByLabelText("Children to place together"), "2");
    await user.click(within(filters).getByLabelText("In-house households only"));
    await user.click(within(filters).getByRole("button", { name: "Apply filters" }));

    await waitFor(() => {
      expect(currentPath(router)).toBe(
        `${PAGE}?placement_type=short_term&max_miles=10&siblings=2&in_house_only=yes`,
      );
    });
    await waitFor(() => {
      expect(Object.fromEntries(matchRequests(fetch).at(-1)?.searchParams ?? [])).toEqual({
        placement_type: "short_term",
        max_distance_km: "16.093",
        siblings: "2",
        in_house_only: "true",
        include_excluded: "false",
        limit: "20",
      });
    });
  });

  it("explains why households are not listed, in words", async () => {
    stubMatches({
      status: 200,
      body: {
        ...MATCHES,
        excluded: [
          {
            household: {
              id: "h0000000-0000-4000-8000-000000000009",
              reference: "H-009",
              name: "The Lee household",
              postcode: null,
              in_house: true,
              agency_name: null,
            },
            reasons: ["no_vacancy", "type_not_approved"],
            distance_km: 3,
          },
        ],
      },
    });
    renderRoute(`${PAGE}?include_excluded=yes`);
    const row = await screen.findByRole("row", { name: /The Lee household/ });
    expect(row).toHaveTextContent("No vacancy: every place is taken");
    expect(row).toHaveTextContent("Not approved for this type of placement");
  });

  it("sends a child with no approved assessment to their assessments", async () => {
    stubMatches({
      status: 409,
      body: {
        type: "https://kindred.example/problems/conflict",
        title: "No approved assessment",
        status: 409,
        detail: "The child has no approved assessment to match on.",
      },
    });
    renderRoute(PAGE);
    expect(
      await screen.findByRole("heading", {
        name: "Ava Brown has no approved needs assessment yet",
      }),
    ).toBeVisible();
    expect(screen.getByRole("link", { name: "Go to Ava Brown’s assessments" })).toHaveAttribute(
      "href",
      `/children/${CHILD_ID}#assessments`,
    );
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
