import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { NORTH_TEAM, PRACTITIONER_ME } from "@/test/fixtures";
import { withRole } from "@/test/role-actions";
import { renderRoute } from "@/test/render-route";
import { type StubRoute, stubFetchRoutes } from "@/test/stub-fetch";
import type {
  DistanceFromHome,
  DistanceFromHomeRow,
  NeedsOverTime,
  Stability,
} from "@/features/value-analytics/api/analytics";

const MANAGER_ME = withRole(PRACTITIONER_ME, "manager");

function stubAnalytic(path: string, answer: StubRoute) {
  stubFetchRoutes({
    "GET /api/v1/auth/me": { status: 200, body: MANAGER_ME },
    "GET /api/v1/teams": { status: 200, body: [{ ...NORTH_TEAM, member_count: 3 }] },
    [`GET /api/v1/analytics/${path}`]: answer,
  });
}

const rate = { child_years: 20, moves: 5, moves_per_child: 0.25, suppressed: false };

const STABILITY: Stability = {
  as_of: "2026-12-01",
  first_year: 2025,
  last_year: 2026,
  by_year: [
    { year: 2025, ...rate },
    { year: 2026, child_years: 3, moves: null, moves_per_child: null, suppressed: true },
  ],
  by_score_band: [
    { score_band: null, ...rate },
    { score_band: "40-59", ...rate },
  ],
  by_reason: [
    { reason: "CAR", label: "Change to the child's care plan", moves: 7, suppressed: false },
  ],
  suppression_threshold: 5,
};

const ALL_PLACEMENTS: DistanceFromHomeRow = {
  placement_type: null,
  placement_label: "All placement types",
  children: 20,
  over_20_miles: 5,
  within_20_miles: 12,
  distance_unknown: 3,
  share_over_20_miles: 0.294,
  suppressed: false,
};

const DISTANCE: DistanceFromHome = {
  as_of: "2026-12-01",
  overall: ALL_PLACEMENTS,
  by_placement_type: [
    {
      ...ALL_PLACEMENTS,
      placement_type: "U4",
      placement_label: "Foster placement with other foster carer",
    },
  ],
  suppression_threshold: 5,
};

const domain = (mean: number | null, suppressed = false) => ({
  domain_key: "health",
  domain_name: "Physical health",
  children: suppressed ? null : 8,
  mean_level: mean,
  suppressed,
});

const NEEDS_OVER_TIME: NeedsOverTime = {
  as_of: "2026-12-01",
  framework_version: "1.0",
  quarters: [
    {
      quarter: "2026 Q2",
      starts_on: "2026-04-01",
      children: 8,
      suppressed: false,
      domains: [domain(2.5)],
    },
    {
      quarter: "2026 Q3",
      starts_on: "2026-07-01",
      children: null,
      suppressed: true,
      domains: [domain(null, true)],
    },
  ],
  suppression_threshold: 5,
};

describe("stability", () => {
  it("charts moves per child per year by year and by score band, and the reasons in words", async () => {
    stubAnalytic("stability", { status: 200, body: STABILITY });
    renderRoute("/analytics/stability");
    expect(
      await screen.findByRole(
        "img",
        { name: "Placement moves per child per year" },
        { timeout: 5000 },
      ),
    ).toBeVisible();
    const byBand = screen.getByRole("table", {
      name: "Placement moves per child per year, by needs score band",
    });
    expect(within(byBand).getByRole("rowheader", { name: "Not assessed" })).toBeInTheDocument();
    const reasons = screen.getByRole("table", { name: "Placement moves by reason" });
    expect(within(reasons).getByRole("rowheader")).toHaveTextContent(
      "CAR – Change to the child's care plan",
    );
    const byYear = screen.getByRole("table", { name: "Placement moves per child per year" });
    expect(within(byYear).getByRole("rowheader", { name: "2026" }).parentElement).toHaveTextContent(
      "withheld",
    );
    const [csv] = screen.getAllByRole("link", { name: "Download these figures (CSV)" });
    expect(csv).toHaveAttribute("href", "/api/v1/analytics/stability?format=csv");
  });
});

describe("distance from home", () => {
  it("charts the share over 20 miles per placement type and all together", async () => {
    stubAnalytic("distance-from-home", { status: 200, body: DISTANCE });
    renderRoute("/analytics/distance-from-home?placement_type=U4");
    const table = await screen.findByRole(
      "table",
      { name: "Children placed more than 20 miles from home" },
      { timeout: 5000 },
    );
    const all = within(table).getByRole("rowheader", { name: "All placements" });
    expect(all.parentElement).toHaveTextContent("29.4%");
    expect(screen.getByRole("link", { name: "Download these figures (CSV)" })).toHaveAttribute(
      "href",
      "/api/v1/analytics/distance-from-home?placement_type=U4&format=csv",
    );
  });
});

describe("needs over time", () => {
  it("grids the average level per domain per quarter, withheld quarters hatched", async () => {
    stubAnalytic("needs-over-time", { status: 200, body: NEEDS_OVER_TIME });
    renderRoute("/analytics/needs-over-time");
    const chart = await screen.findByRole(
      "img",
      { name: "Average need level per domain per quarter" },
      { timeout: 5000 },
    );
    const cells = [...chart.querySelectorAll("text.app-chart__cell-text")];
    expect(cells.map((cell) => cell.textContent)).toEqual(["2.50", "withheld"]);
  });

  it("is loading until the figures come", async () => {
    stubAnalytic("needs-over-time", "pending");
    renderRoute("/analytics/needs-over-time");
    expect(
      await screen.findByText("Averaging needs by quarter…", {}, { timeout: 5000 }),
    ).toBeVisible();
  });
});
