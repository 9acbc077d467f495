import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { CHILD_ID } from "@/test/market-fixtures";
import { renderWithQueries } from "@/test/render-component";
import { stubFetchRoutes } from "@/test/stub-fetch";
import type { Placement } from "@/features/placements/api/placements";
import { Placements } from "./Placements";

const PLACEMENTS_PATH = `/api/v1/children/${CHILD_ID}/placements`;

const EPISODE: Placement = {
  id: "b0000000-0000-4000-8000-000000000001",
  child_id: CHILD_ID,
  start_date: "2025-04-01",
  end_date: null,
  current: true,
  placement_type: "K2",
  placement_type_label: "Children's home",
  provider: "PR4",
  legal_status: "C2",
  reason_new_episode: null,
  category_of_need: null,
  reason_ceased: null,
  ended_with_move: false,
  reason_for_change: null,
  household: null,
  provider_name: "Oak House",
  urn: null,
  home_postcode: "LS1 4",
  home_precision: "sector",
  placement_postcode: "M1 1AE",
  placement_precision: "postcode",
  distance_km: 58.1,
  distance_miles: 36.1,
  over_20_miles: true,
  warnings: [],
  source: "manual",
  version: 1,
  created_at: "2025-04-01T09:00:00Z",
  updated_at: "2025-04-01T09:00:00Z",
};

const OVERLAP = "This episode overlaps the child's episode from 01/04/2025 to now (still current).";

describe("a child's placements", () => {
  it("lists episodes with their codes in words and flags one over 20 miles away", async () => {
    stubFetchRoutes({ [`GET ${PLACEMENTS_PATH}`]: { status: 200, body: [EPISODE] } });
    renderWithQueries(<Placements childId={CHILD_ID} />);
    const row = await screen.findByRole("row", { name: /1 April 2025 to now/ }, { timeout: 5000 });
    expect(row).toHaveTextContent("K2 – Children's home");
    expect(row).toHaveTextContent("Oak House");
    expect(row).toHaveTextContent("C2 – Full care order");
    expect(row).toHaveTextContent("36.1 miles");
    expect(within(row).getByText("Over 20 miles")).toBeVisible();
  });

  it("says when there are none", async () => {
    stubFetchRoutes({ [`GET ${PLACEMENTS_PATH}`]: { status: 200, body: [] } });
    renderWithQueries(<Placements childId={CHILD_ID} />);
    expect(
      await screen.findByText("No placement episodes recorded.", {}, { timeout: 5000 }),
    ).toBeVisible();
  });

  it("shows the API's overlap error on the dates", async () => {
    let sent: unknown;
    stubFetchRoutes({
      [`GET ${PLACEMENTS_PATH}`]: { status: 200, body: [EPISODE] },
      [`POST ${PLACEMENTS_PATH}`]: (request) => {
        void request.json().then((body: unknown) => {
          sent = body;
        });
        return {
          status: 422,
          body: {
            type: "about:blank",
            title: "Invalid input",
            status: 422,
            detail: OVERLAP,
            errors: [
              { field: "body.start_date", message: OVERLAP },
              { field: "body.end_date", message: OVERLAP },
            ],
          },
        };
      },
    });
    renderWithQueries(<Placements childId={CHILD_ID} />);
    const user = userEvent.setup();
    await user.click(await screen.findByText("Record a placement episode", {}, { timeout: 5000 }));
    const start = screen.getByRole("group", { name: "Start date" });
    await user.type(within(start).getByLabelText("Day"), "3");
    await user.type(within(start).getByLabelText("Month"), "5");
    await user.type(within(start).getByLabelText("Year"), "2025");
    await user.selectOptions(screen.getByLabelText("Placement type"), "U4");
    await user.selectOptions(screen.getByLabelText("Legal status"), "C2");
    await user.click(screen.getByRole("button", { name: "Record episode" }));

    const summary = await screen.findByRole("alert");
    expect(within(summary).getAllByRole("link")[0]).toHaveTextContent(OVERLAP);
    expect(start).toHaveAccessibleDescription(`For example, 14 3 2026 Error: ${OVERLAP}`);
    expect(screen.getByRole("group", { name: /End date/ })).toHaveAccessibleDescription(
      `Error: ${OVERLAP}`,
    );
    expect(sent).toMatchObject({
      start_date: "2025-05-03",
      end_date: null,
      placement_type: "U4",
      legal_status: "C2",
      ended_with_move: false,
    });
  });

  it("changes an episode with the version read", async () => {
    let sent: unknown;
    stubFetchRoutes({
      [`GET ${PLACEMENTS_PATH}`]: { status: 200, body: [EPISODE] },
      [`PATCH /api/v1/placements/${EPISODE.id}`]: (request) => {
        void request.json().then((body: unknown) => {
          sent = body;
        });
        return { status: 200, body: { ...EPISODE, version: 2 } };
      },
    });
    renderWithQueries(<Placements childId={CHILD_ID} />);
    const user = userEvent.setup();
    const change = /Change the episode from 1 April 2025/;
    await user.click(await screen.findByRole("button", { name: change }, { timeout: 5000 }));
    // happy-dom leaves a select's react-hook-form default unselected (browsers do not), so
    // the test chooses the type again.
    await user.selectOptions(screen.getByLabelText("Placement type"), "K2");
    await user.selectOptions(screen.getByLabelText("Legal status"), "E1");
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    const saved = await screen.findByText("Placement episode changed.", {}, { timeout: 5000 });
    expect(saved).toBeVisible();
    expect(sent).toMatchObject({ version: 1, legal_status: "E1", start_date: "2025-04-01" });
  });
});
