import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { NORTH_TEAM, PRACTITIONER_ME } from "@/test/fixtures";
import { withRole } from "@/test/role-actions";
import { renderRoute } from "@/test/render-route";
import { stubFetchRoutes } from "@/test/stub-fetch";
import type { NeedVsSpend } from "@/features/value-analytics/api/need-vs-spend";
import { correlationText } from "./correlation-text";

const COMMISSIONER_ME = withRole(PRACTITIONER_ME, "commissioner");

const REPORT: NeedVsSpend = {
  as_of: "2026-12-01",
  named: false,
  suppressed: false,
  count: 6,
  points: [20, 30, 40, 50, 60, 70].map((score, index) => ({
    child_id: null,
    child_name: null,
    score,
    weekly_cost_pence: 60_000 + index * 100_000,
    placement_type: index < 3 ? "U4" : "K2",
  })),
  pearson: 0.12,
  spearman: 0.05,
  mean_score: 45,
  mean_weekly_cost_pence: 310_000,
  cost_per_need_point_pence: 6_889,
  suppression_threshold: 5,
};

function stubReport(report: NeedVsSpend) {
  return stubFetchRoutes({
    "GET /api/v1/auth/me": { status: 200, body: COMMISSIONER_ME },
    "GET /api/v1/teams": { status: 200, body: [{ ...NORTH_TEAM, member_count: 3 }] },
    "GET /api/v1/analytics/need-vs-spend": { status: 200, body: report },
  });
}

describe("correlationText", () => {
  it("says how strong the link is, in words", () => {
    expect(correlationText(0.05)).toBe("0.05: no link between need and cost");
    expect(correlationText(0.62)).toBe("0.62: a strong link (more need, more cost)");
    expect(correlationText(-0.35)).toBe("-0.35: a moderate link (more need, less cost)");
    expect(correlationText(null)).toBe("Not enough children to work out");
  });
});

describe("need vs spend for a commissioner", () => {
  it("draws the scatter with its statistics, an unnamed table and a CSV link", async () => {
    stubReport(REPORT);
    renderRoute("/analytics/need-vs-spend?placement_type=K2");
    expect(
      await screen.findByRole(
        "img",
        { name: "Weighted needs score against weekly cost" },
        { timeout: 5000 },
      ),
    ).toBeVisible();
    expect(screen.getByText("Pearson’s correlation").nextElementSibling).toHaveTextContent(
      "0.12: a weak link (more need, more cost)",
    );
    expect(screen.getByText("Cost per need point").nextElementSibling).toHaveTextContent(
      "£68.89 a week",
    );
    const table = screen.getByRole("table", { name: "Needs score and weekly cost per child" });
    expect(within(table).getAllByRole("row")).toHaveLength(7);
    expect(within(table).queryAllByRole("link")).toHaveLength(0);
    expect(screen.getByRole("link", { name: "Download these figures (CSV)" })).toHaveAttribute(
      "href",
      "/api/v1/analytics/need-vs-spend?placement_type=K2&format=csv",
    );
    expect(screen.getByLabelText("Placement type")).toHaveValue("K2");
  });

  it("explains why a small cohort shows nothing", async () => {
    stubReport({ ...REPORT, suppressed: true, count: null, points: [], pearson: null });
    renderRoute("/analytics/need-vs-spend?sex=2");
    expect(
      await screen.findByText(/Fewer than 5 children match these filters/, {}, { timeout: 5000 }),
    ).toBeVisible();
    expect(screen.queryByRole("img")).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /CSV/ })).not.toBeInTheDocument();
  });
});
