import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { expect, type Page, test } from "@playwright/test";

import { NORTH_MANAGER, NORTH_PRACTITIONER, signInByApi } from "./api-sign-in";
import { expectNoSeriousA11yViolations } from "./axe";
import { signIn } from "./demo-accounts";

const AGENCY_USER = { email: "placements@brightpath.example", name: "Dana Whitfield" };

/** One POST the agency's pretend case system received. */
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** The agency's case system: a local endpoint that records every event and answers 204. */
async function startReceiver(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${String(port)}/kindred/events`, received };
}

function signedWith(secret: string, { headers, body }: Received): boolean {
  const expected = Buffer.from(`sha256=${createHmac("sha256", secret).update(body).digest("hex")}`);
  const given = Buffer.from(String(headers["x-kindred-signature"]));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A state-changing API call as the signed-in person: cookie session plus its CSRF token. */
async function councilCall(page: Page, method: "POST", path: string, data: object) {
  const cookies = await page.context().cookies();
  const csrf = cookies.find((cookie) => cookie.name === "kindred_csrf")?.value ?? "";
  const response = await page.request.fetch(path, {
    method,
    data,
    headers: { "X-CSRF-Token": csrf },
  });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as { id: string; version: number; reference: string };
}

/** The council, through its own API: a draft for a child, submitted, approved, shared. */
async function councilSharesAReferral(page: Page): Promise<string> {
  await signInByApi(page, NORTH_PRACTITIONER);
  const list = await page.request.get("/api/v1/children?care_status=in_care&page_size=100");
  const { items } = (await list.json()) as { items: { id: string; latest_score: string | null }[] };
  // The last such child: the referrals journey takes the first, and the two stay apart.
  const child = items.filter((item) => item.latest_score !== null).at(-1);
  if (!child) throw new Error("no demo child has an approved assessment");
  const draft = await councilCall(page, "POST", `/api/v1/children/${child.id}/referrals`, {
    purpose: "short_term",
    needed_by: "2027-02-01",
  });
  const submitted = await councilCall(page, "POST", `/api/v1/referrals/${draft.id}/submit`, {
    version: draft.version,
  });

  await signInByApi(page, NORTH_MANAGER);
  const agencies = await page.request.get("/api/v1/partner-agencies");
  const brightpath = ((await agencies.json()) as { id: string; name: string }[]).find(
    (agency) => agency.name === "Brightpath Fostering",
  );
  if (!brightpath) throw new Error("the demo data has no Brightpath Fostering");
  await councilCall(page, "POST", `/api/v1/referrals/${draft.id}/approve`, {
    version: submitted.version,
    agency_ids: [brightpath.id],
  });
  return draft.reference;
}

test("an agency user registers a webhook, receives a signed event, reads the log and rotates the secret", async ({
  page,
}) => {
  test.slow();
  const receiver = await startReceiver();
  try {
    await signIn(page, AGENCY_USER);
    await page.getByRole("link", { name: "Webhooks" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
    await expect(page.getByText(/Your agency has no webhooks yet/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("button", { name: "Register a webhook" }).click();
    await page.getByRole("button", { name: "Register webhook" }).click();
    await expect(page.getByRole("alert")).toContainText(
      "Enter the address Kindred should send events to",
    );
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Address to send events to").fill(receiver.url);
    await page.getByLabel("Note for your team (optional)").fill("Case system, e2e");
    await page.getByRole("button", { name: "Register webhook" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Webhook registered" })).toBeVisible();
    const secret = (await page.locator("#secret-value").innerText()).trim();
    expect(secret).toMatch(/^whsec_/);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: /Go to the webhook/ }).click();
    await expect(page).toHaveURL(/\/agency\/webhooks\/[0-9a-f-]{36}$/);
    const webhookUrl = page.url();
    await expect(page.getByText(/Nothing has been sent to this webhook yet/)).toBeVisible();

    // A council shares a referral with Brightpath: the event arrives, signed with the secret.
    const reference = await councilSharesAReferral(page);
    await expect
      .poll(() => receiver.received.length, { timeout: 30_000, message: "an event arrives" })
      .toBeGreaterThan(0);
    const [event] = receiver.received;
    if (!event) throw new Error("no event");
    expect(event.headers["x-kindred-event-type"]).toBe("referral.shared");
    expect(signedWith(secret, event)).toBe(true);
    expect(event.body).toContain(reference);

    // The agency user sees the delivery in the log, with its try and the event as sent.
    await page.context().clearCookies();
    await signIn(page, AGENCY_USER);
    await page.goto(webhookUrl);
    const log = page.getByRole("region", { name: "Delivery log" });
    await expect(log.getByText("Delivered")).toBeVisible({ timeout: 20_000 });
    await log.getByRole("button", { name: "A referral is shared with us" }).click();
    await expect(log.getByRole("table", { name: "Every try, oldest first" })).toContainText(
      "HTTP 204",
    );
    await expect(log.getByLabel("The event as sent, in JSON")).toContainText(reference);
    await expectNoSeriousA11yViolations(page);

    // Rotating the secret asks first, then shows a new one.
    await page.getByRole("button", { name: "Rotate signing secret" }).click();
    await expect(page.getByRole("heading", { name: "Rotate the signing secret?" })).toBeFocused();
    await page.getByRole("button", { name: "Yes, rotate the secret" }).click();
    await expect(page.getByRole("heading", { name: "New signing secret" })).toBeVisible();
    const rotated = (await page.locator("#secret-value").innerText()).trim();
    expect(rotated).not.toBe(secret);
    await expectNoSeriousA11yViolations(page);

    // Removing it asks first, then the list says so and has none.
    await page.getByRole("button", { name: "Remove webhook" }).click();
    await page.getByRole("button", { name: "Yes, remove it" }).click();
    await expect(page.getByText(`The webhook to ${receiver.url} has been removed.`)).toBeVisible();
    await expect(page.getByText(/Your agency has no webhooks yet/)).toBeVisible();
  } finally {
    receiver.server.close();
  }
});
