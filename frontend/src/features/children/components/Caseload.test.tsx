import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { NORTH_TEAM, PRACTITIONER_ME } from "@/test/fixtures";
import { child } from "@/test/needs-fixtures";
import { currentPath, renderRoute } from "@/test/render-route";
import { type StubRoute, stubFetchRoutes } from "@/test/stub-fetch";

function stubCaseload(children: StubRoute) {
  return stubFetchRoutes({
    "GET /api/v1/auth/me": { status: 200, body: PRACTITIONER_ME },
    "GET /api/v1/teams": {
      status: 200,
      body: [
        {
          ...NORTH_TEAM,
          member_count: 2,
          created_at: "2026-01-01T00:00:00Z",
          updated_at: "2026-01-01T00:00:00Z",
        },
      ],
    },
    "GET /api/v1/children": children,
  });
}

function page(items: ReturnType<typeof child>[], total = items.length) {
  return { items, total, page: 1, page_size: 25 };
}

function lastQuery(fetch: ReturnType<typeof stubFetchRoutes>) {
  const urls = fetch.mock.calls
    .map(([request]) => new URL(request.url))
    .filter((url) => url.pathname === "/api/v1/children");
  return Object.fromEntries(urls.at(-1)?.searchParams ?? []);
}

describe("the caseload", () => {
  it("says it is loading, then lists the children with score, trend in words and dates", async () => {
    stubCaseload({
      status: 200,
      body: page([
        child(),
        child({
          id: "c2",
          given_name: "Kai",
          trend: null,
          latest_score: null,
          latest_actionable: null,
          last_assessed_on: null,
        }),
      ]),
    });
    renderRoute("/children");
    expect(await screen.findByText("Loading children…")).toHaveAttribute("role", "status");
    const table = await screen.findByRole("table", { name: "Children" });
    const first = within(table).getByRole("row", { name: /Ava Brown/ });
    const second = within(table).getByRole("row", { name: /Kai Brown/ });
    expect(
      within(first)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual([
      "Ava Brown0100001 · North Team",
      "12",
      "41.7",
      "▼ Down: less need than at the assessment before",
      "2",
      "3 November 2026",
      "U6: Foster placement with other foster carer, not long-term or FFA",
    ]);
    expect(second).toHaveTextContent("Not assessed yet");
    expect(second).toHaveTextContent("Never");
    expect(second).toHaveTextContent("Not enough assessments to show a trend");
    expect(within(table).getByRole("link", { name: "Ava Brown" })).toHaveAttribute(
      "href",
      "/children/c0000000-0000-4000-8000-000000000001",
    );
  });

  it("keeps the filters in the address and sends them, from the first page", async () => {
    const fetch = stubCaseload({ status: 200, body: page([child()]) });
    const { router } = renderRoute("/children?page=2&sort=-latest_score");
    const user = userEvent.setup();
    const filters = await screen.findByRole("search", { name: "Filter children" });
    await user.type(within(filters).getByLabelText("Name, local id or UPN"), "ava");
    await user.selectOptions(within(filters).getByLabelText("Team"), NORTH_TEAM.id);
    await user.selectOptions(within(filters).getByLabelText("Care status"), "in_care");
    await user.selectOptions(within(filters).getByLabelText("Placement type"), "K2");
    await user.type(within(filters).getByLabelText("Lowest needs score"), "20");
    await user.type(within(filters).getByLabelText("Highest needs score"), "60");
    await user.click(within(filters).getByLabelText("Not assessed in the last 6 months"));
    await user.click(within(filters).getByRole("button", { name: "Apply filters" }));

    await waitFor(() => {
      expect(currentPath(router)).toBe(
        `/children?q=ava&team_id=${NORTH_TEAM.id}&care_status=in_care&placement_type=K2&score_min=20&score_max=60&not_assessed_in_months=6&sort=-latest_score`,
      );
    });
    await waitFor(() => {
      expect(lastQuery(fetch)).toEqual({
        q: "ava",
        team_id: NORTH_TEAM.id,
        care_status: "in_care",
        placement_type: "K2",
        score_min: "20",
        score_max: "60",
        not_assessed_in_months: "6",
        sort: "-latest_score",
        page: "1",
        page_size: "25",
      });
    });
  });

  it("fills the filters in from the address, and marks the sorted column", async () => {
    stubCaseload({ status: 200, body: page([child()]) });
    renderRoute("/children?score_min=30&not_assessed_in_months=6&sort=-last_assessed_on");
    const filters = await screen.findByRole("search", { name: "Filter children" });
    expect(within(filters).getByLabelText("Lowest needs score")).toHaveValue("30");
    expect(within(filters).getByLabelText("Not assessed in the last 6 months")).toBeChecked();
    expect(await screen.findByRole("columnheader", { name: /Last assessed/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
  });

  it("refuses a score range the wrong way round before asking the API", async () => {
    const fetch = stubCaseload({ status: 200, body: page([child()]) });
    const { router } = renderRoute("/children");
    const user = userEvent.setup();
    const filters = await screen.findByRole("search", { name: "Filter children" });
    await user.type(within(filters).getByLabelText("Lowest needs score"), "70");
    await user.type(within(filters).getByLabelText("Highest needs score"), "20");
    await user.click(within(filters).getByRole("button", { name: "Apply filters" }));
    expect(
      await screen.findByText("The highest score must be the same as or more than the lowest"),
    ).toBeVisible();
    expect(currentPath(router)).toBe("/children");
    expect(lastQuery(fetch).score_min).toBeUndefined();
  });

  it("says when no child matches, with a way to clear the filters", async () => {
    stubCaseload({ status: 200, body: page([]) });
    renderRoute("/children?q=nobody");
    expect(await screen.findByText(/No children match these filters/)).toBeVisible();
    expect(screen.getByRole("link", { name: "Clear the filters" })).toHaveAttribute(
      "href",
      "/children",
    );
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("shows the problem when the caseload cannot be loaded", async () => {
    stubCaseload({
      status: 403,
      body: {
        type: "https://kindred.example/problems/forbidden",
        title: "You do not have permission to do this",
        status: 403,
        detail: "Your role does not give access to children's records.",
      },
    });
    renderRoute("/children");
    expect(await screen.findByRole("alert")).toHaveTextContent("Your role does not give access");
  });
});
