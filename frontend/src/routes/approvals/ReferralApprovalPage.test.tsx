import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { PRACTITIONER_ME } from "@/test/fixtures";
import { withRole } from "@/test/role-actions";
import { BRIGHTPATH, MORGAN, referral, REFERRAL_ID, SAM, snapshot } from "@/test/referral-fixtures";
import { currentPath, renderRoute } from "@/test/render-route";
import { stubFetchRoutes } from "@/test/stub-fetch";

const MANAGER_ME = { ...withRole(PRACTITIONER_ME, "manager"), id: MORGAN.id };
const DETAIL = `/api/v1/referrals/${REFERRAL_ID}`;
const AWAITING = referral({
  status: "awaiting_approval",
  version: 3,
  submitted_by: SAM,
  submitted_at: "2026-11-21T10:00:00Z",
  permissions: { ...referral().permissions, can_edit: false, can_approve: true, can_return: true },
});
const NAMED = {
  field: "young_person_words.what_helps_me",
  kind: "name" as const,
  words: "Ava Brown",
  young_persons_words: true,
  message: "The young person’s words include “Ava Brown”: go back to the young person.",
};

function stubApproval(overrides: Partial<typeof AWAITING> = {}) {
  const listed = { ...AWAITING, ...overrides };
  return stubFetchRoutes({
    "GET /api/v1/auth/me": { status: 200, body: MANAGER_ME },
    "GET /api/v1/assessments": {
      status: 200,
      body: { items: [], total: 0, page: 1, page_size: 25 },
    },
    "GET /api/v1/referrals": {
      status: 200,
      body: { items: [listed], total: 1, page: 1, page_size: 25 },
    },
    [`GET ${DETAIL}`]: { status: 200, body: listed },
    [`GET ${DETAIL}/preview`]: { status: 200, body: snapshot() },
    "GET /api/v1/partner-agencies": { status: 200, body: [BRIGHTPATH] },
    [`POST ${DETAIL}/approve`]: { status: 200, body: { ...listed, status: "open", version: 4 } },
  });
}

describe("referral approvals", () => {
  it("lists referrals waiting for approval beside assessments", async () => {
    stubApproval();
    renderRoute("/approvals");
    const table = await screen.findByRole("table", { name: "Referrals waiting for approval" });
    expect(within(table).getByRole("link", { name: /NS-R-0042/ })).toHaveAttribute(
      "href",
      `/approvals/referrals/${REFERRAL_ID}`,
    );
    expect(table).toHaveTextContent("Ava Brown");
  });

  it("shows what each agency will receive and the check's findings, then confirms approval", async () => {
    stubApproval();
    const { router } = renderRoute(`/approvals/referrals/${REFERRAL_ID}`);
    const received = await screen.findByTestId("agency-snapshot", undefined, { timeout: 5000 });
    expect(within(received).getByText("13 years")).toBeVisible();
    expect(received).not.toHaveTextContent("Ava");
    expect(screen.getByTestId("identifying-details")).toHaveTextContent(/found nothing/);

    await userEvent.click(await screen.findByLabelText("Brightpath Fostering"));
    await userEvent.click(screen.getByRole("button", { name: "Approve and share" }));
    const dialog = await screen.findByRole("dialog", { name: "Approve and share NS-R-0042?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Yes, approve and share" }));
    expect(
      await screen.findByText("Referral NS-R-0042 was approved and shared with 1 partner agency."),
    ).toBeVisible();
    expect(currentPath(router)).toBe("/approvals");
  });

  it("quotes identifying details in the young person's words", async () => {
    stubApproval({ identifying_details: [NAMED] });
    renderRoute(`/approvals/referrals/${REFERRAL_ID}`);
    const found = await screen.findByTestId("identifying-details", undefined, { timeout: 5000 });
    expect(found).toHaveTextContent("The young person’s words: What helps when things are hard:");
    expect(found).toHaveTextContent("“Ava Brown”");
  });
});
