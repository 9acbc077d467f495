import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { ADMIN_ME } from "@/test/fixtures";
import { currentPath, renderRoute } from "@/test/render-route";
import { stubFetchRoutes } from "@/test/stub-fetch";
import type { ImportJob } from "@/features/imports/api/imports";

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
    records_created: 3,
    records_updated: 0,
    records_unchanged: 0,
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
    await userEvent.setup().click(screen.getByRole("button", { name: "Preview" }));
    const summary = await screen.findByRole("alert");
    const links = within(summary).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual([
      "Choose the Header file",
      "Choose the Episodes file",
    ]);
    expect(fetch.mock.calls.some(([request]) => request.method === "POST")).toBe(false);
  });

  it("previews both files, then imports the valid rows and opens the report", async () => {
    const sent: FormData[] = [];
    const PREVIEW_ID = "a0000000-0000-4000-8000-000000000002";
    const previewed: ImportJob = { ...SUCCEEDED, id: PREVIEW_ID, dry_run: true };
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
      "GET /api/v1/imports": { status: 200, body: [] },
      "POST /api/v1/imports/ssda903": (request) => {
        const answer = sent.length === 0 ? { ...QUEUED, id: PREVIEW_ID, dry_run: true } : QUEUED;
        sent.push(new FormData());
        const index = sent.length - 1;
        void request.formData().then((form) => {
          sent[index] = form;
        });
        return { status: 202, body: answer };
      },
      [`GET /api/v1/imports/${PREVIEW_ID}`]: { status: 200, body: previewed },
      [`GET /api/v1/imports/${JOB_ID}`]: { status: 200, body: SUCCEEDED },
    });
    const { router } = renderRoute("/admin/imports");
    const user = userEvent.setup();
    const header = await screen.findByLabelText("Header file", {}, { timeout: 5000 });
    await user.upload(header, csv("header.csv"));
    await user.upload(screen.getByLabelText("Episodes file"), csv("episodes.csv"));
    await user.click(screen.getByText("The return’s other files (optional)"));
    await user.upload(screen.getByLabelText("Reviews file"), csv("reviews.csv"));
    await user.click(screen.getByRole("button", { name: "Preview" }));

    const would = await screen.findByRole(
      "table",
      { name: "What would change" },
      { timeout: 5000 },
    );
    expect(within(would).getByRole("row", { name: "Children 4 1 0" })).toBeVisible();
    expect(
      within(would).getByRole("row", { name: /^Records of the other files.* 3 0 0$/ }),
    ).toBeVisible();
    expect(screen.getByText("Preview ready")).toBeVisible();
    expect(screen.getByRole("link", { name: "Download the report (CSV)" })).toHaveAttribute(
      "href",
      `/api/v1/imports/${PREVIEW_ID}/report.csv`,
    );
    const rejected = screen.getByRole("table", { name: "Rejected rows" });
    expect(
      within(rejected).getByRole("row", { name: /episodes\.csv 7 C104 DECOM is not a date/ }),
    ).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Import the valid rows" }));

    await waitFor(
      () => {
        expect(currentPath(router)).toBe(`/admin/imports/${JOB_ID}`);
      },
      { timeout: 5000 },
    );
    expect(await screen.findByText("Imported", {}, { timeout: 5000 })).toBeVisible();
    await expect.poll(() => sent[1]?.get("valid_rows_only")).toBe("true");
    expect(sent[0]?.get("dry_run")).toBe("true");
    expect(sent[1]?.get("dry_run")).toBe("false");
    expect((sent[1]?.get("header") as File | null)?.name).toBe("header.csv");
    expect((sent[0]?.get("reviews") as File | null)?.name).toBe("reviews.csv");
    expect((sent[1]?.get("reviews") as File | null)?.name).toBe("reviews.csv");
    expect(sent[1]?.get("oc2")).toBeNull();
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
    await user.click(screen.getByRole("button", { name: "Preview" }));
    expect(
      await screen.findByRole("progressbar", { name: "Import progress" }, { timeout: 5000 }),
    ).toBeVisible();
    expect(screen.getByRole("button", { name: "Preview" })).toBeDisabled();
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

  it("pages through a long report with buttons", async () => {
    const warnings = Array.from({ length: 120 }, (_, index) => ({
      file: "episodes.csv",
      line: index + 2,
      child: `C${String(index)}`,
      column: "REC",
      rule: "148: Date episode ceased and reason episode ceased must both be coded, or both left blank.",
      reason: "DEC is given but REC is empty",
    }));
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
      [`GET /api/v1/imports/${JOB_ID}`]: { status: 200, body: { ...SUCCEEDED, warnings } },
    });
    renderRoute(`/admin/imports/${JOB_ID}`);
    const table = await screen.findByRole(
      "table",
      { name: "Imported with a warning" },
      { timeout: 5000 },
    );
    expect(within(table).getAllByRole("row")).toHaveLength(51);
    expect(screen.getByText("Rows 1 to 50 of 120")).toBeVisible();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Next page of imported with a warning" }));
    expect(screen.getByText("Rows 51 to 100 of 120")).toBeVisible();
    expect(within(table).getByRole("row", { name: /episodes\.csv 52 REC C50/ })).toBeVisible();
  });
});
