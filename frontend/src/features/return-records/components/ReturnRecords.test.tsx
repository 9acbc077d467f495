import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { CHILD_ID } from "@/test/market-fixtures";
import { renderWithQueries } from "@/test/render-component";
import { stubFetchRoutes } from "@/test/stub-fetch";
import type { ReturnRecords as Records } from "@/features/return-records/api/return-records";
import { ReturnRecords } from "./ReturnRecords";

const PATH = `GET /api/v1/children/${CHILD_ID}/ssda903-records`;

const NOTHING: Records = {
  child_id: CHILD_ID,
  uasc: false,
  uasc_ceases_on: null,
  reviews: [],
  missing: [],
  health: null,
  care_leaver: null,
  placed_for_adoption: [],
};

const RECORDS: Records = {
  ...NOTHING,
  uasc: true,
  uasc_ceases_on: "2031-08-21",
  reviews: [
    {
      held_on: "2022-09-12",
      participation: { code: "PN1", label: "Attended and spoke for themselves" },
    },
    { held_on: "2022-03-10", participation: null },
  ],
  missing: [
    {
      kind: { code: "A", label: "Away from placement without authorisation" },
      started_on: "2022-03-20",
      ended_on: null,
    },
  ],
  health: {
    year_ending: "2023-03-31",
    sdq_score: 17,
    sdq_reason: null,
    health_check: null,
    immunisations: true,
    teeth_check: false,
    health_assessment: true,
    substance_misuse: false,
    convicted: false,
  },
};

describe("what the SSDA903 return says of a child", () => {
  it("shows reviews, missing spells, UASC status and the latest health outcome", async () => {
    stubFetchRoutes({ [PATH]: { status: 200, body: RECORDS } });
    renderWithQueries(<ReturnRecords childId={CHILD_ID} />);
    const reviews = await screen.findByRole("table", { name: "Reviews" }, { timeout: 5000 });
    expect(within(reviews).getByRole("row", { name: /12 September 2022/ })).toHaveTextContent(
      "Attended and spoke for themselves",
    );
    expect(within(reviews).getByRole("row", { name: /10 March 2022/ })).toHaveTextContent(
      "Not recorded",
    );
    const missing = screen.getByRole("table", { name: "Missing or away without authorisation" });
    expect(missing).toHaveTextContent("No end recorded");
    expect(screen.getByText("Yes, until 21 August 2031")).toBeVisible();
    expect(screen.getByText("SDQ score (year to 31 March 2023)").nextSibling).toHaveTextContent(
      "17",
    );
  });

  it("says when the return holds nothing more", async () => {
    stubFetchRoutes({ [PATH]: { status: 200, body: NOTHING } });
    renderWithQueries(<ReturnRecords childId={CHILD_ID} />);
    expect(
      await screen.findByText(
        "The SSDA903 return says nothing more about this child.",
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();
    expect(screen.getByRole("heading", { name: "From the SSDA903 return" })).toBeVisible();
  });
});
