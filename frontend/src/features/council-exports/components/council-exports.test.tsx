import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { ADMIN_ME } from "@/test/fixtures";
import { renderRoute } from "@/test/render-route";
import { stubFetchRoutes } from "@/test/stub-fetch";
import type { CouncilExport } from "@/features/council-exports/api/council-exports";

const ID = "e0000000-0000-4000-8000-000000000001";
const READY: CouncilExport = {
  id: ID,
  status: "succeeded",
  stage: null,
  tables_done: 5,
  tables_total: 5,
  rows_written: 1234,
  size_bytes: 2_400_000,
  message: null,
  created_at: "2026-12-07T10:00:00Z",
  finished_at: "2026-12-07T10:00:09Z",
  expires_at: "2026-12-08T10:00:09Z",
  download_url: `/api/v1/exports/council/${ID}/download`,
};
const RUNNING: CouncilExport = {
  ...READY,
  status: "running",
  stage: "cost_records",
  tables_done: 3,
  size_bytes: null,
  finished_at: null,
  expires_at: null,
  download_url: null,
};

describe("the whole-council export page", () => {
  it("lists finished exports with a download link named for screen readers", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
      "GET /api/v1/exports/council": { status: 200, body: [READY] },
    });
    renderRoute("/admin/exports");
    const table = await screen.findByRole("table", { name: "Recent exports" }, { timeout: 5000 });
    const link = within(table).getByRole("link", { name: /^Download ZIP of the export started/ });
    expect(link).toHaveAttribute("href", READY.download_url);
    expect(within(table).getByText("Ready")).toBeVisible();
    expect(within(table).getByText("(2.4 MB)", { exact: false })).toBeVisible();
  });

  it("starts an export and shows its progress, with the button held while it runs", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
      "GET /api/v1/exports/council": [
        { status: 200, body: [] },
        { status: 200, body: [RUNNING] },
      ],
      "POST /api/v1/exports/council": { status: 202, body: { ...RUNNING, status: "queued" } },
    });
    renderRoute("/admin/exports");
    await screen.findByText("No exports yet.", {}, { timeout: 5000 });
    await userEvent.setup().click(screen.getByRole("button", { name: "Export the whole council" }));

    const progress = await screen.findByRole("status", {}, { timeout: 5000 });
    expect(within(progress).getByRole("progressbar", { name: "Export progress" })).toBeVisible();
    expect(progress).toHaveTextContent("Writing cost records: table 4 of 5.");
    expect(screen.getByRole("button", { name: "Export the whole council" })).toBeDisabled();
  });

  it("says why the list could not be loaded", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: ADMIN_ME },
      "GET /api/v1/exports/council": {
        status: 403,
        body: { type: "about:blank", title: "Forbidden", status: 403, detail: "Admins only." },
      },
    });
    renderRoute("/admin/exports");
    expect(await screen.findByRole("alert", {}, { timeout: 5000 })).toHaveTextContent(
      "Admins only.",
    );
  });
});
