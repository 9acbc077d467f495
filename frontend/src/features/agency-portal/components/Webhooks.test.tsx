import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import type { components } from "@/api/schema";
import { AGENCY_USER_ME } from "@/test/fixtures";
import { currentPath, renderRoute } from "@/test/render-route";
import { stubFetchRoutes } from "@/test/stub-fetch";

type Schemas = components["schemas"];

const WEBHOOK: Schemas["WebhookRead"] = {
  id: "3b8a7c8e-0000-4000-8000-00000000a001",
  url: "https://cases.brightpath.example/kindred/webhooks",
  events: ["referral.shared", "offer.accepted"],
  description: "Case system, live",
  created_at: "2026-11-30T09:15:00Z",
  secret_rotated_at: null,
};
const SECRET = "whsec_shown-once-0123456789abcdefghijklmnopqrstuv";
const WITH_SECRET: Schemas["WebhookWithSecret"] = { ...WEBHOOK, signing_secret: SECRET };
const ONE = `/api/v1/partner/webhooks/${WEBHOOK.id}`;

const DELIVERED: Schemas["DeliveryRead"] = {
  id: "3b8a7c8e-0000-4000-8000-00000000d001",
  event_id: "3b8a7c8e-0000-4000-8000-00000000e001",
  event_type: "referral.shared",
  status: "delivered",
  attempts: 2,
  next_attempt_at: null,
  last_status_code: 200,
  last_error: null,
  delivered_at: "2026-12-01T10:01:00Z",
  created_at: "2026-12-01T10:00:00Z",
  payload: { type: "referral.shared", data: { referral_id: "r-1", reference: "NS-R-0042" } },
  attempt_log: [
    {
      attempt: 1,
      at: "2026-12-01T10:00:01Z",
      status_code: 503,
      error: "The endpoint answered HTTP 503.",
      duration_ms: 41,
    },
    { attempt: 2, at: "2026-12-01T10:00:31Z", status_code: 200, error: null, duration_ms: 37 },
  ],
};
const RETRYING: Schemas["DeliveryRead"] = {
  ...DELIVERED,
  id: "3b8a7c8e-0000-4000-8000-00000000d002",
  event_type: "offer.accepted",
  status: "pending",
  attempts: 1,
  next_attempt_at: "2026-12-01T11:01:00Z",
  last_status_code: null,
  last_error: "The endpoint did not answer within 10 seconds.",
  delivered_at: null,
  attempt_log: [],
};

function requestsTo(fetch: ReturnType<typeof stubFetchRoutes>, method: string, path: string) {
  return fetch.mock.calls
    .map(([request]) => request)
    .filter((request) => request.method === method && new URL(request.url).pathname === path);
}

const ME = { "GET /api/v1/auth/me": { status: 200, body: AGENCY_USER_ME } };

describe("the agency's webhooks", () => {
  it("lists the webhooks, each linking to its page", async () => {
    stubFetchRoutes({ ...ME, "GET /api/v1/partner/webhooks": { status: 200, body: [WEBHOOK] } });
    renderRoute("/agency/webhooks");
    const table = await screen.findByRole("table", undefined, { timeout: 5000 });
    expect(within(table).getByRole("link", { name: WEBHOOK.url })).toHaveAttribute(
      "href",
      `/agency/webhooks/${WEBHOOK.id}`,
    );
    expect(table).toHaveTextContent("Case system, live");
    expect(table).toHaveTextContent("A referral is shared with us");
    expect(table).toHaveTextContent("One of our offers is accepted");
    expect(table).toHaveTextContent("Never");
    expect(screen.getByRole("button", { name: "Register a webhook" })).toHaveAttribute(
      "href",
      "/agency/webhooks/new",
    );
  });

  it("says so when the agency has none", async () => {
    stubFetchRoutes({ ...ME, "GET /api/v1/partner/webhooks": { status: 200, body: [] } });
    renderRoute("/agency/webhooks");
    expect(
      await screen.findByText(/Your agency has no webhooks yet/, undefined, { timeout: 5000 }),
    ).toBeVisible();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("checks the form before sending anything", async () => {
    const fetch = stubFetchRoutes(ME);
    renderRoute("/agency/webhooks/new");
    const person = userEvent.setup();
    await person.type(
      await screen.findByLabelText("Address to send events to", undefined, { timeout: 5000 }),
      "cases.example",
    );
    for (const box of screen.getAllByRole("checkbox")) await person.click(box);
    await person.click(screen.getByRole("button", { name: "Register webhook" }));
    const summary = await screen.findByRole("alert");
    expect(summary).toHaveTextContent("Enter a full address starting with https://");
    expect(summary).toHaveTextContent("Select at least one event");
    expect(document.title).toMatch(/^Error: Register a webhook/);
    expect(requestsTo(fetch, "POST", "/api/v1/partner/webhooks")).toHaveLength(0);
  });

  it("says how to get a new secret when a retried registration is answered without it", async () => {
    stubFetchRoutes({
      ...ME,
      "POST /api/v1/partner/webhooks": {
        status: 201,
        body: { ...WITH_SECRET, signing_secret: null },
      },
    });
    renderRoute("/agency/webhooks/new");
    const person = userEvent.setup();
    await person.type(
      await screen.findByLabelText("Address to send events to", undefined, { timeout: 5000 }),
      WEBHOOK.url,
    );
    await person.click(screen.getByRole("button", { name: "Register webhook" }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "Webhook registered" }),
    ).toBeVisible();
    expect(screen.getByText(/Rotate the secret on the webhook’s page/)).toBeVisible();
    expect(screen.queryByRole("button", { name: "Copy secret" })).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: /Go to the webhook/ })).toBeVisible();
  });

  it("registers with one Idempotency-Key for retries, then shows the signing secret once", async () => {
    let attempt = 0;
    const fetch = stubFetchRoutes({
      ...ME,
      "POST /api/v1/partner/webhooks": () => {
        attempt += 1;
        return attempt === 1
          ? {
              status: 422,
              body: {
                type: "about:blank",
                title: "Check the webhook URL.",
                status: 422,
                detail: "Check the webhook URL.",
                errors: [
                  {
                    field: "body.url",
                    message: "Use a host that can be reached from the internet.",
                  },
                ],
              },
            }
          : { status: 201, body: WITH_SECRET };
      },
    });
    renderRoute("/agency/webhooks/new");
    const person = userEvent.setup();
    const url = await screen.findByLabelText("Address to send events to", undefined, {
      timeout: 5000,
    });
    await person.type(url, "https://10.0.0.5/hooks");
    await person.click(screen.getByLabelText("One of our offers is declined"));
    await person.type(screen.getByLabelText("Note for your team (optional)"), "Case system, live");
    await person.click(screen.getByRole("button", { name: "Register webhook" }));
    expect(
      await screen.findAllByText("Use a host that can be reached from the internet."),
    ).not.toHaveLength(0);

    await person.clear(url);
    await person.type(url, WEBHOOK.url);
    await person.click(screen.getByRole("button", { name: "Register webhook" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Webhook registered" }),
    ).toBeVisible();
    expect(screen.getByText(SECRET)).toBeVisible();
    expect(screen.getByText(/This secret will not be shown again/)).toBeVisible();
    expect(
      screen.getByRole("heading", { name: "Checking that an event came from Kindred" }),
    ).toBeVisible();
    expect(screen.getByRole("link", { name: /Go to the webhook/ })).toHaveAttribute(
      "href",
      `/agency/webhooks/${WEBHOOK.id}`,
    );

    const [first, second] = requestsTo(fetch, "POST", "/api/v1/partner/webhooks");
    expect(first?.headers.get("Idempotency-Key")).toBeTruthy();
    expect(second?.headers.get("Idempotency-Key")).toBe(first?.headers.get("Idempotency-Key"));
    expect(await second?.clone().json()).toEqual({
      url: WEBHOOK.url,
      events: ["referral.shared", "referral.withdrawn", "offer.accepted"],
      description: "Case system, live",
    });
  });

  it("shows the delivery log with each try and the event as sent", async () => {
    stubFetchRoutes({
      ...ME,
      [`GET ${ONE}`]: { status: 200, body: WEBHOOK },
      [`GET ${ONE}/deliveries`]: {
        status: 200,
        body: { items: [RETRYING, DELIVERED], next_cursor: "older-1" },
      },
    });
    renderRoute(`/agency/webhooks/${WEBHOOK.id}`);
    const log = await screen.findByRole("region", { name: "Delivery log" }, { timeout: 5000 });
    const table = await within(log).findByRole("table");
    expect(within(table).getByText("Retrying")).toBeVisible();
    expect(table).toHaveTextContent("The endpoint did not answer within 10 seconds.");
    expect(within(table).getByText("Delivered")).toBeVisible();
    expect(within(log).getByRole("link", { name: "Older deliveries" })).toHaveAttribute(
      "href",
      `/agency/webhooks/${WEBHOOK.id}?cursor=older-1`,
    );

    const open = within(table).getByRole("button", { name: "A referral is shared with us" });
    expect(open).toHaveAttribute("aria-expanded", "false");
    await userEvent.click(open);
    expect(open).toHaveAttribute("aria-expanded", "true");
    const tries = within(table).getByRole("table", { name: "Every try, oldest first" });
    expect(tries).toHaveTextContent("The endpoint answered HTTP 503.");
    expect(tries).toHaveTextContent("HTTP 200");
    expect(within(table).getByLabelText("The event as sent, in JSON")).toHaveTextContent(
      '"reference": "NS-R-0042"',
    );
  });

  it("says when nothing has been sent yet", async () => {
    stubFetchRoutes({
      ...ME,
      [`GET ${ONE}`]: { status: 200, body: WEBHOOK },
      [`GET ${ONE}/deliveries`]: { status: 200, body: { items: [], next_cursor: null } },
    });
    renderRoute(`/agency/webhooks/${WEBHOOK.id}`);
    expect(
      await screen.findByText(/Nothing has been sent to this webhook yet/, undefined, {
        timeout: 5000,
      }),
    ).toBeVisible();
  });

  it("rotates the signing secret after asking, and shows the new one", async () => {
    const fetch = stubFetchRoutes({
      ...ME,
      [`GET ${ONE}`]: { status: 200, body: WEBHOOK },
      [`GET ${ONE}/deliveries`]: { status: 200, body: { items: [], next_cursor: null } },
      [`POST ${ONE}/rotate-secret`]: {
        status: 200,
        body: { ...WITH_SECRET, secret_rotated_at: "2026-12-02T08:00:00Z" },
      },
    });
    renderRoute(`/agency/webhooks/${WEBHOOK.id}`);
    const person = userEvent.setup();
    await person.click(
      await screen.findByRole("button", { name: "Rotate signing secret" }, { timeout: 5000 }),
    );
    expect(screen.getByRole("heading", { name: "Rotate the signing secret?" })).toHaveFocus();
    expect(requestsTo(fetch, "POST", `${ONE}/rotate-secret`)).toHaveLength(0);
    await person.click(screen.getByRole("button", { name: "Yes, rotate the secret" }));
    expect(await screen.findByRole("heading", { name: "New signing secret" })).toBeVisible();
    expect(screen.getByText(SECRET)).toBeVisible();
    const [rotation] = requestsTo(fetch, "POST", `${ONE}/rotate-secret`);
    expect(rotation?.headers.get("Idempotency-Key")).toBeTruthy();
  });

  it("removes the webhook after asking, and says so on the list", async () => {
    const fetch = stubFetchRoutes({
      ...ME,
      [`GET ${ONE}`]: { status: 200, body: WEBHOOK },
      [`GET ${ONE}/deliveries`]: { status: 200, body: { items: [], next_cursor: null } },
      [`DELETE ${ONE}`]: { status: 204 },
      "GET /api/v1/partner/webhooks": { status: 200, body: [] },
    });
    const { router } = renderRoute(`/agency/webhooks/${WEBHOOK.id}`);
    const person = userEvent.setup();
    await person.click(
      await screen.findByRole("button", { name: "Remove webhook" }, { timeout: 5000 }),
    );
    await person.click(screen.getByRole("button", { name: "Yes, remove it" }));
    expect(
      await screen.findByText(`The webhook to ${WEBHOOK.url} has been removed.`),
    ).toBeVisible();
    expect(currentPath(router)).toBe("/agency/webhooks");
    expect(requestsTo(fetch, "DELETE", ONE)).toHaveLength(1);
  });

  it("explains an unknown or removed webhook", async () => {
    stubFetchRoutes({
      ...ME,
      [`GET ${ONE}`]: {
        status: 404,
        body: {
          type: "about:blank",
          title: "Not found",
          status: 404,
          detail: "There is no webhook with this id for your agency.",
        },
      },
      [`GET ${ONE}/deliveries`]: { status: 200, body: { items: [], next_cursor: null } },
    });
    renderRoute(`/agency/webhooks/${WEBHOOK.id}`);
    expect(
      await screen.findByText("There is no webhook with this id for your agency.", undefined, {
        timeout: 5000,
      }),
    ).toBeVisible();
  });
});
