import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { ADMIN_ME } from "../../../test/fixtures";
import { currentPath, renderRoute } from "../../../test/render-route";
import { stubFetchRoutes } from "../../../test/stub-fetch";
import type { ImportJob } from "../api/imports";

const JOB_ID = "a0000000-0000-4000-8000-000000000001";

const SUCCEEDED: ImportJob = {
  id: JOB_ID,
  kind: "ssda903",
  status: "succeeded",
  stage: "Writing",
  message: null,
  valid_rows_only: true,
  dry_run: false,
  header_filename: "header.csv",
  episodes_filename: "episodes.csv",
  rows_total: 12,
  rows_processed: 12,
  rows_rejected: 1,
  counts: {
    children_created: 4,
    children_updated: 1,
    children_unchanged: 0,
    episodes_created: 6,
    episodes_updated: 0,
    episodes_unchanged: 0,
    children_status_changed: 5,
    duration_ms: 840,
  },
  errors: [{ file: "episodes.csv", line: 7, child: "C104", reason: "DECOM is not a date" }],
  warnings: [],
  created_at: "2026-12-01T10:00:00Z",
  finished_at: "2026-12-01T10:00:01Z",
};
const QUEUED: ImportJob = {
  ...SUCCEEDED,
  status: "queued",
  stage: null,
  rows_total: 0,
  rows_processed: 0,
  rows_rejected: 0,
  counts: null,
  errors: [],
  finished_at: null,
};
const RUNNING: ImportJob = {
  ...QUEUED,
  status: "running",
  stage: "Reading and checking rows",
  rows_total: 12,
  rows_processed: 3,
};

function csv(name: string) {
  return new File(["CHILD\r\nC1\r\n"], name, { type: "text/csv" });
}

describe("the SSDA903 upload page", () => {
  it("asks for both files before sending anything", async () => {
    const fetch = stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
      "GET /api/v1/imports": { status: 200, body: [] },
    });
    renderRoute("/admin/imports");
    await screen.findByText("No imports yet.", {}, { timeout: 5000 });
    await userEvent.setup().click(screen.getByRole("button", { name: "Import" }));
    const summary = await screen.findByRole("alert");
    const links = within(summary).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual([
      "Choose the Header file",
      "Choose the Episodes file",
    ]);
    expect(fetch.mock.calls.some(([request]) => request.method === "POST")).toBe(false);
  });

  it("sends both files and the choice, shows progress, then opens the report", async () => {
    let sent: FormData | undefined;
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
      "GET /api/v1/imports": { status: 200, body: [] },
      "POST /api/v1/imports/ssda903": (request) => {
        void request.formData().then((form) => {
          sent = form;
        });
        return { status: 202, body: QUEUED };
      },
      [`GET /api/v1/imports/${JOB_ID}`]: { status: 200, body: SUCCEEDED },
    });
    const { router } = renderRoute("/admin/imports");
    const user = userEvent.setup();
    const header = await screen.findByLabelText("Header file", {}, { timeout: 5000 });
    await user.upload(header, csv("header.csv"));
    await user.upload(screen.getByLabelText("Episodes file"), csv("episodes.csv"));
    await user.click(screen.getByLabelText("Import the valid rows"));
    await user.click(screen.getByRole("button", { name: "Import" }));

    await waitFor(
      () => {
        expect(currentPath(router)).toBe(`/admin/imports/${JOB_ID}`);
      },
      { timeout: 5000 },
    );
    expect(await screen.findByText("Imported", {}, { timeout: 5000 })).toBeVisible();
    const rejected = screen.getByRole("table", { name: "Rejected rows" });
    expect(
      within(rejected).getByRole("row", { name: /episodes\.csv 7 C104 DECOM is not a date/ }),
    ).toBeVisible();
    await expect.poll(() => sent?.get("valid_rows_only")).toBe("true");
    expect((sent?.get("header") as File | null)?.name).toBe("header.csv");
  });

  it("shows progress while the upload is under way", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
      "GET /api/v1/imports": { status: 200, body: [] },
      "POST /api/v1/imports/ssda903": "pending",
    });
    renderRoute("/admin/imports");
    const user = userEvent.setup();
    const header = await screen.findByLabelText("Header file", {}, { timeout: 5000 });
    await user.upload(header, csv("h.csv"));
    await user.upload(screen.getByLabelText("Episodes file"), csv("e.csv"));
    await user.click(screen.getByRole("button", { name: "Import" }));
    expect(
      await screen.findByRole("progressbar", { name: "Import progress" }, { timeout: 5000 }),
    ).toBeVisible();
    expect(screen.getByRole("button", { name: "Import" })).toBeDisabled();
  });
});

describe("an import's report", () => {
  it("polls while the import waits and runs, then shows what changed", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
      [`GET /api/v1/imports/${JOB_ID}`]: [
        { status: 200, body: QUEUED },
        { status: 200, body: RUNNING },
        { status: 200, body: SUCCEEDED },
      ],
    });
    renderRoute(`/admin/imports/${JOB_ID}`);
    expect(
      await screen.findByText("Waiting for the import to start.", {}, { timeout: 5000 }),
    ).toBeVisible();
    expect(
      await screen.findByText("Reading and checking rows: 3 of 12.", {}, { timeout: 5000 }),
    ).toBeVisible();
    const changed = await screen.findByRole("table", { name: "What changed" }, { timeout: 5000 });
    expect(within(changed).getByRole("row", { name: "Children 4 1 0" })).toBeVisible();
    expect(within(changed).getByRole("row", { name: "Placement episodes 6 0 0" })).toBeVisible();
  });

  it("says nothing was written when an all-or-nothing import had bad rows", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
      [`GET /api/v1/imports/${JOB_ID}`]: {
        status: 200,
        body: { ...SUCCEEDED, status: "rejected", valid_rows_only: false, counts: null },
      },
    });
    renderRoute(`/admin/imports/${JOB_ID}`);
    const outcome = /1 row could not be imported, so nothing was written/;
    expect(await screen.findByText(outcome, {}, { timeout: 5000 })).toBeVisible();
    expect(screen.getByRole("table", { name: "Rejected rows" })).toBeVisible();
  });

  it("gives the reason when an import could not finish", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
      [`GET /api/v1/imports/${JOB_ID}`]: {
        status: 200,
        body: { ...QUEUED, status: "failed", message: "Create a team first." },
      },
    });
    renderRoute(`/admin/imports/${JOB_ID}`);
    expect(await screen.findByText(/Create a team first\./, {}, { timeout: 5000 })).toBeVisible();
    expect(screen.getByText("Failed")).toBeVisible();
  });
});
