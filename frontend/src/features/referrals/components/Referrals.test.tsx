import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";

import { PRACTITIONER_ME } from "@/test/fixtures";
import { withRole } from "@/test/role-actions";
import { framework } from "@/test/needs-fixtures";
import {
  BRIGHTPATH,
  comparedOffer,
  MORGAN,
  referral,
  REFERRAL_ID,
  SAM,
  snapshot,
} from "@/test/referral-fixtures";
import { renderRoute } from "@/test/render-route";
import { stubFetchRoutes } from "@/test/stub-fetch";

const MANAGER_ME = {
  ...withRole(PRACTITIONER_ME, "manager"),
  id: MORGAN.id,
  display_name: "Morgan Ellis",
};
const DETAIL = `/api/v1/referrals/${REFERRAL_ID}`;
// Kept per person: nobody on a shared computer picks up another person's unsaved edits.
const DEVICE_COPY = `kindred.referral-draft.${REFERRAL_ID}.${PRACTITIONER_ME.id}`;

beforeEach(() => {
  localStorage.clear();
});

async function bodyOf(fetch: ReturnType<typeof stubFetchRoutes>, method: string, path: string) {
  const call = fetch.mock.calls.find(
    ([request]) => request.method === method && new URL(request.url).pathname === path,
  );
  if (!call) throw new Error(`no ${method} ${path}`);
  return (await call[0].clone().json()) as Record<string, unknown>;
}

describe("the referral builder", () => {
  it("saves each change with the version read and previews exactly what agencies see", async () => {
    const fetch = stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: PRACTITIONER_ME },
      [`GET ${DETAIL}`]: { status: 200, body: referral() },
      [`PATCH ${DETAIL}`]: { status: 200, body: referral({ version: 2, what_helps: "Music." }) },
      [`GET ${DETAIL}/preview`]: { status: 200, body: snapshot() },
    });
    renderRoute(`/referrals/${REFERRAL_ID}`);
    // The first page of a run loads its lazy modules: allow it longer.
    const whatHelps = await screen.findByLabelText("What helps", undefined, { timeout: 5000 });
    await userEvent.clear(whatHelps);
    await userEvent.type(whatHelps, "Music.");
    await screen.findByText(/^Saved at/, undefined, { timeout: 3000 });
    expect(await bodyOf(fetch, "PATCH", DETAIL)).toEqual({ version: 1, what_helps: "Music." });

    await userEvent.click(screen.getByRole("button", { name: "Preview what agencies will see" }));
    const preview = await screen.findByTestId("agency-preview");
    expect(within(preview).getByText("13 years")).toBeVisible();
    expect(within(preview).getByText("£950.00 a week")).toBeVisible();
    expect(preview).not.toHaveTextContent("Ava");
  });

  it("shows each identifying detail next to its field, the words quoted", async () => {
    const found = (field: string, words: string, message: string, young = false) => ({
      field,
      kind: "name" as const,
      words,
      young_persons_words: young,
      message,
    });
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: PRACTITIONER_ME },
      [`GET ${DETAIL}`]: {
        status: 200,
        body: referral({
          what_helps: "Ava likes music.",
          identifying_details: [
            found("what_helps", "Ava", "“Ava” looks like a name."),
            found("needs.physical_health.needs_text", "Brown", "“Brown” looks like a name."),
            found("young_person_words.what_helps_me", "Ava", "Go back to the young person.", true),
          ],
        }),
      },
    });
    renderRoute(`/referrals/${REFERRAL_ID}`);
    const whatHelps = await screen.findByLabelText("What helps", undefined, { timeout: 5000 });
    expect(whatHelps).toHaveAccessibleDescription(/“Ava” looks like a name\./);
    expect(
      screen.getByLabelText("What the need in physical health looks like"),
    ).toHaveAccessibleDescription(/“Brown” looks like a name\./);
    expect(screen.getByText(/Go back to the young person\./)).toBeVisible();
  });

  it("keeps a budget that is not money on the page and sends nothing", async () => {
    const fetch = stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: PRACTITIONER_ME },
      [`GET ${DETAIL}`]: { status: 200, body: referral() },
    });
    renderRoute(`/referrals/${REFERRAL_ID}`);
    await userEvent.type(await screen.findByLabelText(/Budget guidance/), "lots");
    expect(await screen.findByText(/Enter the budget in pounds/)).toBeVisible();
    expect(fetch.mock.calls.some(([request]) => request.method === "PATCH")).toBe(false);
  });
});

describe("the referral builder's copy on the device", () => {
  function patchBodies(fetch: ReturnType<typeof stubFetchRoutes>) {
    return Promise.all(
      fetch.mock.calls
        .filter(([request]) => request.method === "PATCH")
        .map(([request]) => request.clone().json() as Promise<unknown>),
    );
  }

  it("keeps edits through a remount before the server has them, then clears the copy", async () => {
    const fetch = stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: PRACTITIONER_ME },
      [`GET ${DETAIL}`]: { status: 200, body: referral() },
      // The first save never arrives (the tab closes); the one after the reload does.
      [`PATCH ${DETAIL}`]: [
        "pending",
        { status: 200, body: referral({ version: 2, what_helps: "Music." }) },
      ],
    });
    const first = renderRoute(`/referrals/${REFERRAL_ID}`);
    const whatHelps = await screen.findByLabelText("What helps", undefined, { timeout: 5000 });
    await userEvent.clear(whatHelps);
    await userEvent.type(whatHelps, "Music.");
    await waitFor(async () => {
      expect(await patchBodies(fetch)).toHaveLength(1);
    });
    expect(JSON.parse(localStorage.getItem(DEVICE_COPY) ?? "{}")).toMatchObject({
      version: 1,
      changes: { what_helps: "Music." },
    });
    first.unmount();

    renderRoute(`/referrals/${REFERRAL_ID}`);
    expect(await screen.findByLabelText("What helps", undefined, { timeout: 5000 })).toHaveValue(
      "Music.",
    );
    await screen.findByText(/^Saved at/, undefined, { timeout: 3000 });
    expect((await patchBodies(fetch)).at(-1)).toEqual({ version: 1, what_helps: "Music." });
    expect(localStorage.getItem(DEVICE_COPY)).toBeNull();
  });

  it("asks which version to keep when someone else changed the same field, keeping theirs elsewhere", async () => {
    const theirs = referral({
      version: 2,
      what_helps: "Their words.",
      contact_arrangements: "Weekly with mum.",
    });
    const fetch = stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: PRACTITIONER_ME },
      [`GET ${DETAIL}`]: { status: 200, body: referral() },
      [`PATCH ${DETAIL}`]: [
        {
          status: 409,
          body: {
            type: "https://kindred.example/problems/conflict",
            title: "This record has changed or clashes with another",
            status: 409,
            detail: "Someone else saved this referral since you opened it.",
            current: theirs,
          },
        },
        { status: 200, body: { ...theirs, version: 3, budget_weekly_pence: 95_000 } },
      ],
    });
    renderRoute(`/referrals/${REFERRAL_ID}`);
    const user = userEvent.setup();
    const whatHelps = await screen.findByLabelText("What helps", undefined, { timeout: 5000 });
    await user.clear(whatHelps);
    await user.type(whatHelps, "Music.");
    await user.type(screen.getByLabelText(/Budget guidance/), "950");

    const conflict = await screen.findByRole(
      "region",
      { name: "Someone else changed this referral" },
      { timeout: 3000 },
    );
    expect(screen.getByText("Not saved – someone else changed this referral")).toBeVisible();
    const group = within(conflict).getByRole("group", { name: "What helps" });
    expect(group).toHaveTextContent("Music.");
    expect(group).toHaveTextContent("Their words.");
    // Their change to a field I left alone shows at once; nothing of mine is sent meanwhile.
    expect(screen.getByLabelText("Contact arrangements")).toHaveValue("Weekly with mum.");
    expect(await patchBodies(fetch)).toHaveLength(1);

    await user.click(within(group).getByLabelText("Keep their version"));
    await user.click(within(conflict).getByRole("button", { name: "Save with these choices" }));
    await screen.findByText(/^Saved at/, undefined, { timeout: 3000 });
    expect((await patchBodies(fetch)).at(-1)).toEqual({ version: 2, budget_weekly_pence: 95_000 });
    expect(screen.getByLabelText("What helps")).toHaveValue("Their words.");
    expect(localStorage.getItem(DEVICE_COPY)).toBeNull();
  });
});

describe("withdrawing a referral", () => {
  it("asks why, then closes it with the reason and the version read", async () => {
    const closed = referral({ status: "closed", outcome: "withdrawn", version: 2 });
    const fetch = stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: PRACTITIONER_ME },
      [`GET ${DETAIL}`]: [
        { status: 200, body: referral() },
        { status: 200, body: closed },
      ],
      [`POST ${DETAIL}/close`]: { status: 200, body: closed },
    });
    renderRoute(`/referrals/${REFERRAL_ID}`);
    await userEvent.click(await screen.findByText("Withdraw this referral"));
    const withdraw = screen.getByRole("button", { name: "Withdraw the referral" });
    await userEvent.click(withdraw);
    expect(await screen.findByText("Enter why the referral is withdrawn")).toBeVisible();
    await userEvent.type(screen.getByLabelText("Why it is withdrawn"), "Family found.");
    await userEvent.click(withdraw);
    expect(await screen.findByText("Closed: withdrawn")).toBeVisible();
    expect(await bodyOf(fetch, "POST", `${DETAIL}/close`)).toEqual({
      version: 1,
      reason: "Family found.",
      outcome: "withdrawn",
    });
  });
});

describe("approving a referral", () => {
  const submitted = (createdBy = SAM) =>
    referral({
      status: "awaiting_approval",
      version: 3,
      created_by: createdBy,
      submitted_by: createdBy,
      submitted_at: "2026-11-21T10:00:00Z",
      permissions: {
        ...referral().permissions,
        can_edit: false,
        can_approve: createdBy.id !== MORGAN.id,
        can_return: true,
      },
    });

  it("says why a manager cannot approve their own referral", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: MANAGER_ME },
      [`GET ${DETAIL}`]: { status: 200, body: submitted(MORGAN) },
    });
    renderRoute(`/referrals/${REFERRAL_ID}`);
    expect(await screen.findByText(/another manager must approve it/)).toBeVisible();
    expect(screen.queryByRole("button", { name: "Approve and share" })).toBeNull();
    expect(screen.getByRole("button", { name: "Return for changes" })).toBeVisible();
  });

  it("shares with the agencies chosen, and asks for one first", async () => {
    const approved = referral({ status: "open", version: 4, permissions: referral().permissions });
    const fetch = stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: MANAGER_ME },
      [`GET ${DETAIL}`]: [
        { status: 200, body: submitted() },
        { status: 200, body: approved },
      ],
      "GET /api/v1/partner-agencies": { status: 200, body: [BRIGHTPATH] },
      [`POST ${DETAIL}/approve`]: { status: 200, body: approved },
    });
    renderRoute(`/referrals/${REFERRAL_ID}`);
    const approve = await screen.findByRole("button", { name: "Approve and share" });
    await userEvent.click(approve);
    expect(await screen.findAllByText("Select at least one partner agency")).not.toHaveLength(0);

    await userEvent.click(await screen.findByLabelText("Brightpath Fostering"));
    await userEvent.click(approve);
    const dialog = await screen.findByRole("dialog", { name: "Approve and share NS-R-0042?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Yes, approve and share" }));
    await screen.findByText(/Compare the offers/);
    expect(
      screen.getByText("Referral NS-R-0042 was approved and shared with 1 partner agency."),
    ).toBeVisible();
    expect(await bodyOf(fetch, "POST", `${DETAIL}/approve`)).toEqual({
      version: 3,
      agency_ids: [BRIGHTPATH.id],
    });
  });
});

describe("comparing offers", () => {
  const open = referral({
    status: "open",
    version: 5,
    permissions: {
      ...referral().permissions,
      can_edit: false,
      can_decide_offers: true,
      can_accept_offers: true,
    },
  });

  it("shows each domain's verdict as matching does, and accepts with the versions compared", async () => {
    const offer = comparedOffer();
    const fetch = stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: MANAGER_ME },
      [`GET ${DETAIL}`]: { status: 200, body: open },
      "GET /api/v1/frameworks/current": { status: 200, body: framework() },
      [`GET ${DETAIL}/offers`]: {
        status: 200,
        body: {
          referral_id: REFERRAL_ID,
          reference: open.reference,
          status: "open",
          needed_by: null,
          budget_weekly_pence: 95_000,
          max_distance: "any",
          needs: open.needs,
          ordering: "Most domains met first.",
          offers: [offer],
        },
      },
      [`POST ${DETAIL}/offers/${offer.id}/accept`]: {
        status: 200,
        body: { ...open, status: "closed", outcome: "placed" },
      },
    });
    renderRoute(`/referrals/${REFERRAL_ID}/offers`);
    const side = await screen.findByRole("table", { name: "Offers side by side" });
    expect(side).toHaveTextContent("£895.00 a week (within budget)");
    expect(side).toHaveTextContent("5 to 10 miles");
    const domains = screen.getByRole("table", { name: /needs and BP-H-0117’s capacity/ });
    expect(within(domains).getByText("Not met")).toBeVisible();
    expect(within(domains).getByText("Training or support needed")).toBeVisible();

    await userEvent.click(screen.getByRole("button", { name: "Decline BP-H-0117" }));
    expect(await screen.findByText("Enter why the offer is declined")).toBeVisible();
    await userEvent.type(screen.getByLabelText("Why decline BP-H-0117"), "Too far from school.");
    await userEvent.click(screen.getByRole("button", { name: "Decline BP-H-0117" }));
    const declining = await screen.findByRole("dialog", { name: "Decline BP-H-0117?" });
    expect(declining).toHaveTextContent("will read your reason: “Too far from school.”");
    await userEvent.click(within(declining).getByRole("button", { name: "Cancel" }));
    expect(fetch.mock.calls.some(([request]) => request.url.endsWith("/decline"))).toBe(false);

    await userEvent.click(screen.getByRole("button", { name: "Accept BP-H-0117" }));
    const dialog = await screen.findByRole("dialog", { name: "Accept BP-H-0117?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Yes, accept" }));
    expect(await screen.findByText(/BP-H-0117 was accepted/)).toBeVisible();
    await waitFor(async () => {
      expect(await bodyOf(fetch, "POST", `${DETAIL}/offers/${offer.id}/accept`)).toEqual({
        version: 5,
        offer_version: 1,
        placement_start_on: null,
      });
    });
  });
});
