import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { NORTH_TEAM, PRACTITIONER_ME } from "@/test/fixtures";
import { withRole } from "@/test/role-actions";
import { renderRoute } from "@/test/render-route";
import { stubFetchRoutes } from "@/test/stub-fetch";
import type { CohortComparison } from "@/features/value-analytics/api/analytics";
import { COHORT_COMPARISON, WITHHELD } from "./value-analytics-fixtures";

const COMMISSIONER_ME = withRole(PRACTITIONER_ME, "commissioner");

function stubComparison(report: CohortComparison) {
  return stubFetchRoutes({
    "GET /api/v1/auth/me": { status: 200, body: COMMISSIONER_ME },
    "GET /api/v1/teams": { status: 200, body: [{ ...NORTH_TEAM, member_count: 3 }] },
    "GET /api/v1/analytics/cohort-comparison": (request) => {
      const groupBy = new URL(request.url).searchParams.get("group_by");
      return { status: 200, body: { ...report, group_by: groupBy ?? "team" } };
    },
  });
}

describe("cohort comparison", () => {
  it("draws a box per team beside everyone's, a table and a CSV link, withheld teams said so", async () => {
    stubComparison(COHORT_COMPARISON);
    renderRoute("/analytics/cohort-comparison?sex=2");
    const chart = await screen.findByRole(
      "img",
      { name: "Weighted needs scores by team" },
      { timeout: 5000 },
    );
    expect(chart.querySelectorAll("rect.app-chart__box")).toHaveLength(2);
    const table = screen.getByRole("table", { name: "Weighted needs scores by team" });
    const east = within(table).getByRole("rowheader", { name: "East Team" });
    expect(east.nextSibling).toHaveTextContent("fewer than 5");
    expect(within(table).getByRole("rowheader", { name: "All children" })).toBeInTheDocument();
    expect(
      screen.getByText(/its figures are withheld, so no child can be recognised/),
    ).toBeVisible();
    expect(screen.getByRole("link", { name: "Download these figures (CSV)" })).toHaveAttribute(
      "href",
      "/api/v1/analytics/cohort-comparison?sex=2&group_by=team&format=csv",
    );
  });

  it("keeps the grouping in the address and the filters with it", async () => {
    const stub = stubComparison(COHORT_COMPARISON);
    renderRoute("/analytics/cohort-comparison?sex=2");
    await userEvent.selectOptions(
      await screen.findByLabelText("Compare by", {}, { timeout: 5000 }),
      "ethnicity",
    );
    await userEvent.click(screen.getByRole("button", { name: "Compare" }));
    expect(
      await screen.findByRole("img", { name: "Weighted needs scores by ethnicity" }),
    ).toBeVisible();
    const asked = stub.mock.calls.map(([request]) => new URL(request.url));
    expect(asked.at(-1)?.search).toBe("?sex=2&group_by=ethnicity");
  });

  it("explains why a small cohort shows nothing", async () => {
    stubComparison({ ...COHORT_COMPARISON, overall: WITHHELD, groups: [] });
    renderRoute("/analytics/cohort-comparison");
    expect(
      await screen.findByText(/Fewer than 5 children match these filters/, {}, { timeout: 5000 }),
    ).toBeVisible();
    expect(screen.queryByRole("img")).not.toBeInTheDocument();
  });
});
