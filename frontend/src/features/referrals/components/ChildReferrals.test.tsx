import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { PRACTITIONER_ME } from "@/test/fixtures";
import { withRole } from "@/test/role-actions";
import { child, CHILD_ID, framework } from "@/test/needs-fixtures";
import { REFERRAL_ID, referralListItem } from "@/test/referral-fixtures";
import { renderRoute } from "@/test/render-route";
import { type StubRoute, stubFetchRoutes } from "@/test/stub-fetch";

const CHILD = `/api/v1/children/${CHILD_ID}`;

/** The child's page with the child and the framework; the other sections stay loading. */
function stubChildPage(referrals: StubRoute, me: typeof PRACTITIONER_ME = PRACTITIONER_ME) {
  return stubFetchRoutes({
    "GET /api/v1/auth/me": { status: 200, body: me },
    [`GET ${CHILD}`]: { status: 200, body: child() },
    "GET /api/v1/frameworks/current": { status: 200, body: framework() },
    "GET /api/v1/referrals": referrals,
    ...Object.fromEntries(
      [
        `${CHILD}/assessments`,
        "/api/v1/assessments/a0000000-0000-4000-8000-000000000001",
        `${CHILD}/needs-history`,
        `${CHILD}/about-me`,
        `${CHILD}/voice-comparison`,
        `${CHILD}/about-me/history`,
        `${CHILD}/young-person-account`,
        `${CHILD}/goals`,
        `${CHILD}/placements`,
        `${CHILD}/costs`,
        `${CHILD}/costs/records`,
      ].map((path) => [`GET ${path}`, "pending" as const]),
    ),
  });
}

function page(items: ReturnType<typeof referralListItem>[], total = items.length, number = 1) {
  return { status: 200, body: { items, page: number, page_size: 25, total } };
}

function referralQueries(fetch: ReturnType<typeof stubFetchRoutes>) {
  return fetch.mock.calls
    .map(([request]) => new URL(request.url))
    .filter((url) => url.pathname === "/api/v1/referrals")
    .map((url) => Object.fromEntries(url.searchParams));
}

async function referralsTable() {
  return screen.findByRole(
    "table",
    { name: "Referrals for Ava Brown, most recently changed first" },
    { timeout: 5000 },
  );
}

describe("the child's referrals", () => {
  it("lists only this child's referrals, without a child column", async () => {
    const fetch = stubChildPage(
      page([
        referralListItem({
          status: "awaiting_approval",
          needed_by: "2026-12-21",
          offers: 2,
          updated_at: "2026-11-24T09:00:00Z",
        }),
      ]),
    );
    renderRoute(`/children/${CHILD_ID}`);
    const table = await referralsTable();

    expect(referralQueries(fetch)).toEqual([{ page: "1", child_id: CHILD_ID }]);
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((header) => header.textContent);
    expect(headers).toEqual([
      "Referral",
      "Placement",
      "Needed by",
      "Status",
      "Offers",
      "Last changed",
    ]);
    const [, row] = within(table).getAllByRole("row");
    expect(within(row ?? table).getByRole("link", { name: "NS-R-0042" })).toHaveAttribute(
      "href",
      `/referrals/${REFERRAL_ID}`,
    );
    const cells = within(row ?? table)
      .getAllByRole("cell")
      .map((cell) => cell.textContent);
    expect(cells).toEqual([
      "NS-R-0042",
      "Long-term",
      "21 December 2026",
      "Awaiting approval",
      "2",
      "24 November 2026",
    ]);
  });

  it("says when the child has no referrals yet", async () => {
    stubChildPage(page([]));
    renderRoute(`/children/${CHILD_ID}`);
    expect(
      await screen.findByText("No referrals for Ava Brown yet.", undefined, { timeout: 5000 }),
    ).toBeVisible();
  });

  it("shows the problem when the referrals cannot be loaded", async () => {
    stubChildPage({
      status: 500,
      body: {
        type: "about:blank",
        title: "Something went wrong",
        status: 500,
        detail: "The referrals could not be read.",
      },
    });
    renderRoute(`/children/${CHILD_ID}`);
    expect(
      await screen.findByText("The referrals could not be read.", undefined, { timeout: 5000 }),
    ).toBeVisible();
  });

  it("pages through more referrals than fit on one page, keeping the child's page", async () => {
    const fetch = stubChildPage(page([referralListItem()], 30, 2));
    renderRoute(`/children/${CHILD_ID}?referralsPage=2`);
    await referralsTable();

    expect(referralQueries(fetch)).toEqual([{ page: "2", child_id: CHILD_ID }]);
    expect(screen.getByText("Showing 26 to 30 of 30 referrals")).toBeVisible();
    const pages = screen.getByRole("navigation", { name: "Pages" });
    expect(within(pages).getByRole("link", { name: "Page 1" })).toHaveAttribute(
      "href",
      `/children/${CHILD_ID}`,
    );
  });

  it("is not shown, nor asked for, to a role that cannot read referrals", async () => {
    const fetch = stubChildPage(page([]), withRole(PRACTITIONER_ME, "commissioner"));
    renderRoute(`/children/${CHILD_ID}`);
    await screen.findByRole("heading", { name: "Goals" }, { timeout: 5000 });

    expect(screen.queryByRole("heading", { name: "Referrals" })).toBeNull();
    expect(referralQueries(fetch)).toEqual([]);
  });
});
