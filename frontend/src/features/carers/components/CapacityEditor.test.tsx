import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { PRACTITIONER_ME } from "@/test/fixtures";
import { FRAMEWORK, HOUSEHOLD } from "@/test/market-fixtures";
import { currentPath, renderRoute } from "@/test/render-route";
import { stubFetchRoutes } from "@/test/stub-fetch";

const NEW_HOUSEHOLD = { ...HOUSEHOLD, capacity: null, capacity_from: null, capacity_history: [] };

describe("the capacity editor", () => {
  it("asks for a level in every domain, each level explained by the framework", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: PRACTITIONER_ME },
      [`GET /api/v1/carers/${HOUSEHOLD.id}`]: { status: 200, body: NEW_HOUSEHOLD },
      "GET /api/v1/frameworks/current": { status: 200, body: FRAMEWORK },
    });
    renderRoute(`/carers/${HOUSEHOLD.id}/capacity`);
    const physical = await screen.findByRole(
      "group",
      { name: "Highest level of need they can meet in physical health" },
      { timeout: 5000 },
    );
    expect(within(physical).getByLabelText("2 – Moderate")).toHaveAccessibleDescription(
      "Physical health at level 2.",
    );

    await userEvent.setup().click(screen.getByRole("button", { name: "Save capacity" }));
    const summary = await screen.findByRole("alert");
    expect(
      within(summary)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual([
      "Select the level of need they can meet in physical health",
      "Select the level of need they can meet in emotional wellbeing and mental health",
      "Select the level of need they can meet in learning and education",
    ]);
  });

  it("records the levels and evidence from the date given, then shows the household", async () => {
    let sent: unknown;
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: PRACTITIONER_ME },
      [`GET /api/v1/carers/${HOUSEHOLD.id}`]: { status: 200, body: HOUSEHOLD },
      "GET /api/v1/frameworks/current": { status: 200, body: FRAMEWORK },
      [`POST /api/v1/carers/${HOUSEHOLD.id}/capacity`]: (request) => {
        void request
          .clone()
          .json()
          .then((body: unknown) => {
            sent = body;
          });
        return { status: 201, body: HOUSEHOLD };
      },
    });
    const { router } = renderRoute(`/carers/${HOUSEHOLD.id}/capacity`);
    const user = userEvent.setup();
    const learning = await screen.findByRole(
      "group",
      { name: "Highest level of need they can meet in learning and education" },
      { timeout: 5000 },
    );
    // Starts from the current profile: 3, 1, 2.
    expect(within(learning).getByLabelText("2 – Moderate")).toBeChecked();
    await user.click(within(learning).getByLabelText("3 – High"));
    await user.type(
      screen.getByLabelText("Evidence for learning and education (optional)"),
      "Virtual school training",
    );
    const date = screen.getByRole("group", { name: "Date this capacity applies from" });
    for (const [label, value] of [
      ["Day", "4"],
      ["Month", "5"],
      ["Year", "2026"],
    ] as const) {
      await user.clear(within(date).getByLabelText(label));
      await user.type(within(date).getByLabelText(label), value);
    }
    await user.click(screen.getByRole("button", { name: "Save capacity" }));

    await waitFor(() => {
      expect(currentPath(router)).toBe(`/carers/${HOUSEHOLD.id}`);
    });
    expect(sent).toEqual({
      effective_from: "2026-05-04",
      levels: { physical_health: 3, emotional_wellbeing: 1, learning_and_education: 3 },
      evidence: {
        physical_health: "Trained in diabetes care.",
        learning_and_education: "Virtual school training",
      },
    });
    expect(
      await screen.findByText("The capacity of The Okafor household has been recorded."),
    ).toBeVisible();
  });
});
