import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { ApiError } from "@/api/api-error";
import { ADMIN_ME, NORTH_TEAM, PRACTITIONER_ME } from "@/test/fixtures";
import { withRole } from "@/test/role-actions";
import { renderRoute } from "@/test/render-route";
import { stubFetchRoutes } from "@/test/stub-fetch";
import { EDGE_OF_CARE, WEEKLY_COSTS } from "./value-analytics-fixtures";
import { byPlacementType } from "./WeeklyCostsForm";

const COMMISSIONER_ME = withRole(PRACTITIONER_ME, "commissioner");

describe("edge of care for a commissioner", () => {
  it("profiles the cohort, costs a month's delay and shows the weekly costs assumed", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: COMMISSIONER_ME },
      "GET /api/v1/teams": { status: 200, body: [{ ...NORTH_TEAM, member_count: 3 }] },
      "GET /api/v1/analytics/edge-of-care": { status: 200, body: EDGE_OF_CARE },
      "GET /api/v1/analytics/edge-of-care/weekly-costs": { status: 200, body: WEEKLY_COSTS },
    });
    renderRoute("/analytics/edge-of-care");
    const avoided = await screen.findByText(
      "What a month’s delay of entry to care avoids",
      {},
      { timeout: 5000 },
    );
    expect(avoided.nextElementSibling).toHaveTextContent("£24,050.00");
    expect(
      screen.getByRole("img", { name: "Weighted needs scores of children on the edge of care" }),
    ).toBeVisible();
    const months = screen.getByRole("table", {
      name: "One month of care avoided, by the placement likely needed",
    });
    const k2 = within(months).getByRole("rowheader", { name: "K2 – Children's home" });
    expect(k2.parentElement).toHaveTextContent("fewer than 5");
    const assumed = await screen.findByRole("table", { name: "Weekly costs assumed" });
    expect(within(assumed).getAllByRole("row")[2]).toHaveTextContent("£550.00 a week");
    expect(within(assumed).getAllByRole("row")[2]).toHaveTextContent("the council’s own");
    expect(screen.queryByRole("button", { name: "Save weekly costs" })).not.toBeInTheDocument();
  });
});

describe("weekly costs for an admin", () => {
  it("sends the costs given, blank ones left to the default, and puts the API's errors on their fields", async () => {
    const stub = stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
      "GET /api/v1/analytics/edge-of-care/weekly-costs": { status: 200, body: WEEKLY_COSTS },
      "PUT /api/v1/analytics/edge-of-care/weekly-costs": {
        status: 422,
        body: {
          type: "about:blank",
          title: "Invalid input",
          status: 422,
          detail: "Check the costs.",
          errors: [{ field: "body.costs.0.weekly_cost_pence", message: "Too much" }],
        },
      },
    });
    renderRoute("/analytics/edge-of-care");
    const foster = await screen.findByLabelText(
      "U4 – Foster placement with other foster carer",
      {},
      { timeout: 5000 },
    );
    expect(foster).toHaveValue("550.00");
    expect(screen.getByLabelText("K2 – Children's home")).toHaveValue("");
    expect(screen.queryByRole("img")).not.toBeInTheDocument();
    await userEvent.clear(foster);
    await userEvent.type(foster, "9,999,999");
    await userEvent.click(screen.getByRole("button", { name: "Save weekly costs" }));
    expect(await screen.findByRole("link", { name: "Too much" })).toBeVisible();
    const put = stub.mock.calls.map(([request]) => request).find((r) => r.method === "PUT");
    expect(await put?.json()).toEqual({
      costs: [{ placement_type: "U4", weekly_cost_pence: 999_999_900 }],
    });
  });

  it("asks for pounds before sending anything", async () => {
    const stub = stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
      "GET /api/v1/analytics/edge-of-care/weekly-costs": { status: 200, body: WEEKLY_COSTS },
    });
    renderRoute("/analytics/edge-of-care");
    await userEvent.type(
      await screen.findByLabelText("K2 – Children's home", {}, { timeout: 5000 }),
      "lots",
    );
    await userEvent.click(screen.getByRole("button", { name: "Save weekly costs" }));
    expect(
      await screen.findByRole("link", { name: "Enter the weekly cost in pounds, like 625.50" }),
    ).toBeVisible();
    expect(stub.mock.calls.some(([request]) => request.method === "PUT")).toBe(false);
  });
});

describe("byPlacementType", () => {
  it("names each error by the type sent in its place", () => {
    const error = new ApiError({
      type: "about:blank",
      title: "Invalid input",
      status: 422,
      detail: "Check the costs.",
      errors: [
        { field: "body.costs.1.weekly_cost_pence", message: "Too much" },
        { field: "body.costs", message: "Once each" },
      ],
    });
    const mapped = byPlacementType(error, ["K2", "U4"]) as ApiError;
    expect(mapped.problem.errors?.map((e) => e.field)).toEqual(["body.U4", "body.costs"]);
  });
});
