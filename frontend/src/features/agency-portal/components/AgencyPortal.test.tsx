import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { AGENCY_USER_ME } from "@/test/fixtures";
import { partnerReferral } from "@/test/referral-fixtures";
import { renderRoute } from "@/test/render-route";
import { stubFetchRoutes } from "@/test/stub-fetch";

const SHARED = partnerReferral();
const OFFERS = `/api/v1/partner/referrals/${SHARED.id}/offers`;
const EMPTY_PAGE = { items: [], next_cursor: null };

function offerPosts(fetch: ReturnType<typeof stubFetchRoutes>) {
  return fetch.mock.calls
    .map(([request]) => request)
    .filter((request) => request.method === "POST" && new URL(request.url).pathname === OFFERS);
}

async function fillOffer() {
  await userEvent.type(
    await screen.findByLabelText("Your reference for the household", undefined, { timeout: 5000 }),
    "BP-H-0117",
  );
  for (const need of SHARED.needs) {
    await userEvent.selectOptions(screen.getByLabelText(new RegExp(`^${need.domain_name}`)), "3");
  }
  await userEvent.type(screen.getByLabelText("Weekly fee, in pounds"), "895");
  const date = screen.getByRole("group", { name: /Available from/ });
  await userEvent.type(within(date).getByLabelText("Day"), "7");
  await userEvent.type(within(date).getByLabelText("Month"), "12");
  await userEvent.type(within(date).getByLabelText("Year"), "2026");
}

describe("the agency portal", () => {
  it("lists the referrals shared with the agency, a cursor page at a time", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: AGENCY_USER_ME },
      "GET /api/v1/partner/referrals": {
        status: 200,
        body: { items: [SHARED], next_cursor: "c2" },
      },
    });
    renderRoute("/agency/referrals");
    const table = await screen.findByRole("table", undefined, { timeout: 5000 });
    expect(within(table).getByRole("link", { name: "NS-R-0042" })).toBeVisible();
    expect(table).toHaveTextContent("Northshire County Council");
    expect(screen.getByRole("link", { name: "Next page" })).toHaveAttribute(
      "href",
      "/agency/referrals?cursor=c2",
    );
  });

  it("offers a household with an Idempotency-Key, and sends the same key again on a retry", async () => {
    let attempt = 0;
    const fetch = stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: AGENCY_USER_ME },
      [`GET /api/v1/partner/referrals/${SHARED.id}`]: { status: 200, body: SHARED },
      "GET /api/v1/partner/offers": { status: 200, body: EMPTY_PAGE },
      [`POST ${OFFERS}`]: () => {
        attempt += 1;
        return attempt === 1
          ? {
              status: 503,
              body: {
                type: "about:blank",
                title: "Unavailable",
                status: 503,
                detail: "Try again.",
              },
            }
          : {
              status: 422,
              body: {
                type: "about:blank",
                title: "Check the offer",
                status: 422,
                detail: "Check the offer.",
                errors: [{ field: "body.weekly_fee_pence", message: "The fee is too high" }],
              },
            };
      },
    });
    renderRoute(`/agency/referrals/${SHARED.id}`);
    await fillOffer();
    const send = screen.getByRole("button", { name: "Send the offer" });
    await userEvent.click(send);
    await screen.findAllByText("Try again.");
    await userEvent.click(send);
    await waitFor(() => {
      expect(offerPosts(fetch)).toHaveLength(2);
    });
    const [first, second] = offerPosts(fetch);
    expect(first?.headers.get("Idempotency-Key")).toBeTruthy();
    expect(second?.headers.get("Idempotency-Key")).toBe(first?.headers.get("Idempotency-Key"));
    expect(await first?.clone().json()).toMatchObject({
      household_reference: "BP-H-0117",
      weekly_fee_pence: 89_500,
      available_from: "2026-12-07",
      capacity: { physical_health: 3, emotional_wellbeing: 3, learning_and_education: 3 },
    });
  });
});
