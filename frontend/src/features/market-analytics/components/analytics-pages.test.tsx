import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { PRACTITIONER_ME } from "@/test/fixtures";
import { withRole } from "@/test/role-actions";
import { CHILD, FRAMEWORK } from "@/test/market-fixtures";
import { renderRoute } from "@/test/render-route";
import { stubFetchRoutes } from "@/test/stub-fetch";

const COMMISSIONER_ME = withRole(PRACTITIONER_ME, "commissioner");
const MANAGER_ME = withRole(PRACTITIONER_ME, "manager");

const SUPPRESSED_STEP_DOWN = {
  framework_version: "1.0.0",
  placement_type: "long_term",
  children_considered: 7,
  children_blocked: 5,
  children_proposed: null,
  total_annual_saving_pence: null,
  suppressed: true,
  by_placement_type: [
    {
      placement_type: "K2",
      placement_label: "Children's home",
      indicative_weekly_cost_pence: 450_000,
      children_considered: null,
      children_blocked: null,
      children_proposed: null,
      annual_saving_pence: null,
      suppressed: true,
    },
  ],
  children: [],
  children_not_listed: null,
};

describe("the step-down finder for a commissioner", () => {
  it("shows totals only, small counts withheld", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: COMMISSIONER_ME },
      "GET /api/v1/analytics/step-down": { status: 200, body: SUPPRESSED_STEP_DOWN },
    });
    renderRoute("/analytics/step-down");
    const proposed = await screen.findByText(
      "A family with a vacancy could meet every need",
      {},
      { timeout: 5000 },
    );
    expect(proposed.nextElementSibling).toHaveTextContent("fewer than 5");
    expect(screen.getByText("Estimated annual saving").nextElementSibling).toHaveTextContent(
      "Withheld (fewer than 5 children)",
    );
    const row = screen.getByRole("row", { name: /Children's home \(K2\)/ });
    expect(row).toHaveTextContent("£4,500.00 a week");
    expect(row).toHaveTextContent("withheld");
    expect(screen.getByText("Children are not named here: you see totals only.")).toBeVisible();
  });
});

describe("the cohort plan", () => {
  it("plans for the children chosen and labels the result a suggestion", async () => {
    let sent: unknown;
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: MANAGER_ME },
      "GET /api/v1/frameworks/current": { status: 200, body: FRAMEWORK },
      "GET /api/v1/children": {
        status: 200,
        body: { items: [CHILD], total: 1, page: 1, page_size: 200 },
      },
      "POST /api/v1/matching/plan": (request) => {
        void request
          .clone()
          .json()
          .then((body: unknown) => {
            sent = body;
          });
        return {
          status: 200,
          body: {
            placement_type: "long_term",
            children_requested: 1,
            children_placed: 0,
            children_unmatched: 1,
            total_fit: 0,
            total_weekly_fee_pence: 0,
            assignments: [],
            unmatched: [
              {
                child: { id: CHILD.id, name: "Ava Brown", local_child_id: "0100001" },
                reason: "needs_unmet_everywhere",
                eligible_households: 0,
              },
            ],
          },
        };
      },
    });
    renderRoute("/matching/plan");
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText("Children I choose", {}, { timeout: 5000 }));
    await user.click(screen.getByRole("button", { name: "Suggest a plan" }));
    expect(await screen.findByRole("link", { name: "Select at least one child" })).toBeVisible();

    await user.click(await screen.findByLabelText("Ava Brown"));
    await user.selectOptions(screen.getByLabelText("Maximum distance from home"), "20");
    await user.click(screen.getByRole("button", { name: "Suggest a plan" }));

    const result = await screen.findByRole("heading", { name: "Suggested plan" });
    await waitFor(() => {
      expect(result).toHaveFocus();
    });
    expect(sent).toEqual({
      awaiting_placement: false,
      child_ids: [CHILD.id],
      placement_type: "long_term",
      max_distance_km: 32.187,
    });
    expect(screen.getByText(/A suggestion for people to decide on/)).toBeVisible();
    const unmatched = screen.getByRole("table", {
      name: "Children with no household suggested, and why",
    });
    expect(within(unmatched).getByRole("row", { name: /Ava Brown/ })).toHaveTextContent(
      "Every household that fits the terms leaves a need unmet",
    );
  });
});
