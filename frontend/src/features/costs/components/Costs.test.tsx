import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { CHILD_ID } from "@/test/market-fixtures";
import { renderWithQueries } from "@/test/render-component";
import { stubFetchRoutes } from "@/test/stub-fetch";
import type { CostRecord, PeriodCost } from "@/features/costs/api/costs";
import { Costs } from "./Costs";

const RECORDS_PATH = `/api/v1/children/${CHILD_ID}/costs/records`;
const PERIOD_PATH = `/api/v1/children/${CHILD_ID}/costs`;

const FEE: CostRecord = {
  id: "d0000000-0000-4000-8000-000000000001",
  child_id: CHILD_ID,
  placement_id: null,
  kind: "placement",
  description: "",
  frequency: "weekly",
  amount_pence: 452_050,
  funder: "social_care",
  start_date: "2025-04-01",
  end_date: null,
  version: 3,
  created_at: "2025-04-01T09:00:00Z",
  updated_at: "2025-04-01T09:00:00Z",
};
const THERAPY: CostRecord = {
  ...FEE,
  id: "d0000000-0000-4000-8000-000000000002",
  kind: "therapy",
  description: "Play therapy",
  amount_pence: 12_000,
  funder: "health",
  version: 1,
};
const YEAR: PeriodCost = {
  child_id: CHILD_ID,
  from: "2025-12-02",
  to: "2026-12-01",
  days: 365,
  total_pence: 24_197_750,
  by_funder: { social_care: 23_571_750, health: 626_000, education: 0 },
  by_kind: {
    ...{ placement: 23_571_750, therapy: 626_000 },
    ...{ education_support: 0, transport: 0, other: 0 },
  },
  current_weekly_pence: 464_050,
  records: 2,
};

describe("a child's costs", () => {
  it("shows fees and packages apart, and the cost of the last year in exact money", async () => {
    stubFetchRoutes({
      [`GET ${RECORDS_PATH}`]: { status: 200, body: [FEE, THERAPY] },
      [`GET ${PERIOD_PATH}`]: { status: 200, body: YEAR },
    });
    renderWithQueries(<Costs childId={CHILD_ID} />);
    const fees = await screen.findByRole("table", { name: "Placement fees" }, { timeout: 5000 });
    expect(within(fees).getByRole("row", { name: /1 April 2025 to now/ })).toHaveTextContent(
      "£4,520.50 a week",
    );
    const packages = screen.getByRole("table", { name: "Support packages" });
    expect(packages).toHaveTextContent("Play therapy");
    expect(packages).toHaveTextContent("Health");
    expect(
      await screen.findByText("Total, 2 December 2025 to 1 December 2026 (365 days)"),
    ).toBeVisible();
    expect(screen.getByText("£241,977.50")).toBeVisible();
    expect(screen.getByText("Paid by health").nextElementSibling).toHaveTextContent("£6,260.00");
    expect(screen.queryByText("Paid by education")).not.toBeInTheDocument();
    expect(screen.getByText("Running today").nextElementSibling).toHaveTextContent(
      "£4,640.50 a week",
    );
  });

  it("asks for the period chosen", async () => {
    const fetch = stubFetchRoutes({
      [`GET ${RECORDS_PATH}`]: { status: 200, body: [] },
      [`GET ${PERIOD_PATH}`]: { status: 200, body: YEAR },
    });
    renderWithQueries(<Costs childId={CHILD_ID} />);
    expect(await screen.findByText("No costs recorded.", {}, { timeout: 5000 })).toBeVisible();
    const user = userEvent.setup();
    for (const [legend, [day, month, year]] of [
      ["From", ["1", "1", "2026"]],
      ["To", ["31", "3", "2026"]],
    ] as const) {
      const group = screen.getByRole("group", { name: legend });
      await user.type(within(group).getByLabelText("Day"), day);
      await user.type(within(group).getByLabelText("Month"), month);
      await user.type(within(group).getByLabelText("Year"), year);
    }
    await user.click(screen.getByRole("button", { name: "Show the cost of this period" }));
    await expect
      .poll(() => fetch.mock.calls.map(([request]) => new URL(request.url).search))
      .toContain("?from=2026-01-01&to=2026-03-31");
  });

  it("records a support package in whole pence", async () => {
    let sent: unknown;
    stubFetchRoutes({
      [`GET ${RECORDS_PATH}`]: { status: 200, body: [] },
      [`GET ${PERIOD_PATH}`]: { status: 200, body: YEAR },
      [`POST ${RECORDS_PATH}`]: (request) => {
        void request.json().then((body: unknown) => {
          sent = body;
        });
        return { status: 201, body: THERAPY };
      },
    });
    renderWithQueries(<Costs childId={CHILD_ID} />);
    const user = userEvent.setup();
    await user.click(
      await screen.findByText("Record a fee or a support package", {}, { timeout: 5000 }),
    );
    await user.selectOptions(screen.getByLabelText("What the cost is for"), "therapy");
    await user.type(screen.getByLabelText("Amount in pounds"), "1,250.5");
    await user.selectOptions(screen.getByLabelText("Who pays"), "health");
    const start = screen.getByRole("group", { name: "Start date" });
    await user.type(within(start).getByLabelText("Day"), "1");
    await user.type(within(start).getByLabelText("Month"), "9");
    await user.type(within(start).getByLabelText("Year"), "2026");
    await user.click(screen.getByRole("button", { name: "Record cost" }));
    expect(await screen.findByText("Cost recorded.", {}, { timeout: 5000 })).toBeVisible();
    expect(sent).toMatchObject({
      kind: "therapy",
      frequency: "weekly",
      amount_pence: 125_050,
      funder: "health",
      start_date: "2026-09-01",
      end_date: null,
    });
  });
});
