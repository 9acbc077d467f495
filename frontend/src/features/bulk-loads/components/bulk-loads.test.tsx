import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { ADMIN_ME } from "@/test/fixtures";
import { renderRoute } from "@/test/render-route";
import { stubFetchRoutes } from "@/test/stub-fetch";
import type { BulkLoad } from "@/features/bulk-loads/api/bulk-loads";

const LOAD_ID = "b0000000-0000-4000-8000-000000000001";

const PREVIEWED: BulkLoad = {
  id: LOAD_ID,
  kind: "households",
  status: "previewed",
  filename: "carers.csv",
  stage: null,
  rows_total: 3,
  rows_processed: 3,
  rows_rejected: 1,
  errors_total: 1,
  header_rejected: false,
  ignored_columns: ["Social worker"],
  preview: { created: 2, updated: 0, unchanged: 0 },
  result: null,
  valid_rows_only: null,
  message: null,
  created_at: "2026-12-07T10:00:00Z",
  previewed_at: "2026-12-07T10:00:01Z",
  finished_at: null,
};
const ERRORS = {
  items: [{ line: 5, column: "age_max", reason: "is younger than age_min (9)" }],
  total: 1,
  page: 1,
  page_size: 25,
};

describe("a bulk load's page", () => {
  it("offers only the valid rows when a row has a problem, and lists it by line and column", async () => {
    let asked: unknown;
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
      [`GET /api/v1/bulk-loads/${LOAD_ID}`]: { status: 200, body: PREVIEWED },
      [`GET /api/v1/bulk-loads/${LOAD_ID}/errors`]: { status: 200, body: ERRORS },
      [`POST /api/v1/bulk-loads/${LOAD_ID}/load`]: (request) => {
        void request.json().then((body: unknown) => {
          asked = body;
        });
        return { status: 202, body: { ...PREVIEWED, status: "loading" } };
      },
    });
    renderRoute(`/admin/bulk-loads/${LOAD_ID}`);

    const problems = await screen.findByRole(
      "table",
      { name: /Problems in the file/ },
      { timeout: 5000 },
    );
    expect(within(problems).getByRole("row", { name: /5 age_max is younger/ })).toBeVisible();
    expect(screen.queryByRole("button", { name: /Load all/ })).toBeNull();
    expect(screen.getByText(/Social worker/)).toBeVisible();
    await userEvent
      .setup()
      .click(screen.getByRole("button", { name: "Load the 2 valid rows only" }));
    await expect.poll(() => asked).toEqual({ valid_rows_only: true });
  });

  it("shows what the load did once it has loaded", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
      [`GET /api/v1/bulk-loads/${LOAD_ID}`]: {
        status: 200,
        body: {
          ...PREVIEWED,
          status: "loaded",
          errors_total: 0,
          rows_rejected: 0,
          result: { created: 1, updated: 2, unchanged: 3 },
        },
      },
    });
    renderRoute(`/admin/bulk-loads/${LOAD_ID}`);

    const done = await screen.findByLabelText("What the load did", {}, { timeout: 5000 });
    expect(
      within(done)
        .getAllByRole("definition")
        .map((cell) => cell.textContent),
    ).toEqual(["1", "2", "3"]);
    expect(screen.queryByRole("button", { name: /^Load/ })).toBeNull();
  });
});
