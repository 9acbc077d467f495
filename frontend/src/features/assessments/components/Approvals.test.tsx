import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { PRACTITIONER_ME } from "@/test/fixtures";
import { withRole } from "@/test/role-actions";
import { assessment, ASSESSMENT_ID, child, CHILD_ID, framework } from "@/test/needs-fixtures";
import { currentPath, renderRoute } from "@/test/render-route";
import { stubFetchRoutes } from "@/test/stub-fetch";

const MANAGER_ME = { ...withRole(PRACTITIONER_ME, "manager"), display_name: "Morgan Ellis" };
const SAM = { id: PRACTITIONER_ME.id, display_name: "Sam Okafor" };

const QUEUE_ITEM = {
  id: ASSESSMENT_ID,
  child: {
    id: CHILD_ID,
    given_name: "Ava",
    family_name: "Brown",
    preferred_name: null,
    team_name: "North Team",
  },
  status: "submitted" as const,
  framework_version: "1.0.0",
  created_by: SAM,
  created_at: "2026-11-01T10:00:00Z",
  submitted_by: SAM,
  submitted_at: "2026-11-20T10:00:00Z",
  returned_at: null,
  preview: {
    score: "41.7",
    actionable_count: 2,
    highest_level: 2,
    highest_domains: [],
    blocks_step_down: false,
  },
  previous_score: "50.0",
  changed_domains: 2,
  version: 3,
};

const SUBMITTED = assessment({
  status: "submitted",
  version: 3,
  submitted_by: SAM,
  submitted_at: "2026-11-20T10:00:00Z",
  permissions: { can_edit: false, can_submit: false, can_approve: true, can_return: true },
});

function stubApprovals() {
  return stubFetchRoutes({
    "GET /api/v1/auth/me": { status: 200, body: MANAGER_ME },
    "GET /api/v1/assessments": {
      status: 200,
      body: { items: [QUEUE_ITEM], total: 1, page: 1, page_size: 25 },
    },
    "GET /api/v1/referrals": { status: 200, body: { items: [], total: 0, page: 1, page_size: 25 } },
    [`GET /api/v1/assessments/${ASSESSMENT_ID}`]: { status: 200, body: SUBMITTED },
    "GET /api/v1/frameworks/1.0.0": { status: 200, body: framework() },
    [`GET /api/v1/children/${CHILD_ID}`]: { status: 200, body: child() },
    [`POST /api/v1/assessments/${ASSESSMENT_ID}/approve`]: {
      status: 200,
      body: { ...SUBMITTED, status: "approved", version: 4 },
    },
    [`POST /api/v1/assessments/${ASSESSMENT_ID}/return`]: {
      status: 200,
      body: { ...SUBMITTED, status: "returned", version: 4 },
    },
  });
}

describe("approvals", () => {
  it("lists what waits, with who submitted it, since when, the score against the last one", async () => {
    stubApprovals();
    renderRoute("/approvals");
    const table = await screen.findByRole("table", { name: /^Assessments waiting for approval/ });
    const cells = within(table)
      .getAllByRole("row")
      .slice(1, 2)
      .flatMap((row) => within(row).getAllByRole("cell"));
    expect(cells.map((cell) => cell.textContent)).toEqual([
      "Ava Brown: review the assessmentNorth Team",
      "Sam Okafor",
      expect.stringMatching(/^20 November 2026 \(/) as string,
      "41.7 (was 50.0)",
      "2",
    ]);
    expect(within(table).getByRole("link")).toHaveAttribute("href", `/approvals/${ASSESSMENT_ID}`);
  });

  it("approves with the version read, then goes back to the queue", async () => {
    const fetch = stubApprovals();
    const { router } = renderRoute(`/approvals/${ASSESSMENT_ID}`);
    await userEvent.setup().click(await screen.findByRole("button", { name: "Approve" }));
    await waitFor(() => {
      expect(currentPath(router)).toBe("/approvals");
    });
    const approve = fetch.mock.calls.find(([request]) => request.url.endsWith("/approve"));
    expect(await approve?.[0].clone().json()).toEqual({ version: 3 });
  });

  it("returns only with a comment saying what to change", async () => {
    const fetch = stubApprovals();
    renderRoute(`/approvals/${ASSESSMENT_ID}`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Return with comment" }));
    expect(await screen.findByText("Enter what needs to change")).toBeVisible();
    expect(screen.getByRole("textbox", { name: "What needs to change?" })).toHaveFocus();
    expect(fetch.mock.calls.some(([request]) => request.url.endsWith("/return"))).toBe(false);

    await user.type(
      screen.getByRole("textbox", { name: "What needs to change?" }),
      "Add evidence for school.",
    );
    await user.click(screen.getByRole("button", { name: "Return with comment" }));
    await waitFor(() => {
      expect(fetch.mock.calls.some(([request]) => request.url.endsWith("/return"))).toBe(true);
    });
    const sent = fetch.mock.calls.find(([request]) => request.url.endsWith("/return"));
    expect(await sent?.[0].clone().json()).toEqual({
      version: 3,
      comment: "Add evidence for school.",
    });
  });
});
