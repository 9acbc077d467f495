import { type APIRequestContext, expect, type Page, test } from "@playwright/test";

import { NORTH_MANAGER, NORTH_PRACTITIONER, signInByApi } from "./api-sign-in";
import { expectNoSeriousA11yViolations } from "./axe";
import { signIn } from "./demo-accounts";

// The demo agency's API client, from the README.
const CLIENT_ID = "kc_demo_brightpath";
const CLIENT_SECRET = "brightpath-demo-secret-not-for-production";
const AGENCY_USER = { email: "placements@brightpath.example", name: "Dana Whitfield" };
const HOUSEHOLD = "BP-H-E2E";

interface ChildItem {
  id: string;
  latest_score: string | null;
}

/** A demo child the practitioner may see who has an approved assessment. */
async function childWithApprovedAssessment(page: Page): Promise<string> {
  const list = await page.request.get("/api/v1/children?care_status=in_care&page_size=100");
  expect(list.ok()).toBe(true);
  const { items } = (await list.json()) as { items: ChildItem[] };
  const child = items.find((item) => item.latest_score !== null);
  if (!child) throw new Error("no demo child has an approved assessment: is the demo data loaded?");
  return child.id;
}

/** The child's name as the council's record holds it (the one agencies must never read). */
async function childName(page: Page, childId: string): Promise<string> {
  const response = await page.request.get(`/api/v1/children/${childId}`);
  expect(response.ok()).toBe(true);
  const child = (await response.json()) as { given_name: string };
  return child.given_name;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The agency, through the partner API: a token, the shared referral, then an offer. */
async function agencyOffersAHousehold(request: APIRequestContext, reference: string) {
  const basic = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64");
  const token = await request.post("/api/v1/oauth/token", {
    headers: { Authorization: `Basic ${basic}` },
    form: { grant_type: "client_credentials" },
  });
  expect(token.status()).toBe(200);
  const { access_token: accessToken } = (await token.json()) as { access_token: string };
  const auth = { Authorization: `Bearer ${accessToken}` };

  const list = await request.get("/api/v1/partner/referrals?status=open", { headers: auth });
  expect(list.status()).toBe(200);
  const { items } = (await list.json()) as {
    items: { id: string; reference: string; needs: { domain_key: string; need_level: number }[] }[];
  };
  const shared = items.find((item) => item.reference === reference);
  if (!shared) throw new Error(`${reference} is not shared with Brightpath`);
  // A household that can meet every need: all domains met.
  const capacity = Object.fromEntries(
    shared.needs.map((need) => [need.domain_key, Math.max(need.need_level, 2)]),
  );
  const offer = await request.post(`/api/v1/partner/referrals/${shared.id}/offers`, {
    headers: { ...auth, "Idempotency-Key": `e2e-${reference}` },
    data: {
      household_reference: HOUSEHOLD,
      household_postcode_sector: "NE1 4",
      capacity,
      weekly_fee_pence: 89_500,
      available_from: "2027-01-04",
      message: "Experienced carers with a bedroom free.",
    },
  });
  expect(offer.status()).toBe(201);
}

test("practitioner drafts, manager approves and shares, the agency offers, the council accepts", async ({
  page,
  request,
}) => {
  test.slow();

  // The practitioner starts a referral from the child's page and builds it.
  await signInByApi(page, NORTH_PRACTITIONER);
  const childId = await childWithApprovedAssessment(page);
  await page.goto(`/children/${childId}`);
  await page.getByRole("button", { name: "Start a referral" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Start a placement referral" }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Long-term").check();
  await page.getByRole("button", { name: "Start the referral" }).click();

  const heading = page.getByRole("heading", { level: 1, name: /^Referral / });
  await expect(heading).toBeVisible();
  const reference = (await heading.innerText()).replace("Referral ", "");
  const referralUrl = page.url();
  const neededBy = page.getByRole("group", { name: /^Needed by/ });
  await neededBy.getByLabel("Day").fill("1");
  await neededBy.getByLabel("Month").fill("2");
  await neededBy.getByLabel("Year").fill("2027");
  await page.getByLabel(/Budget guidance/).fill("950");

  // Identifying details typed into every free-text field agencies read block the submit, each
  // quoted next to its field; nothing typed is lost.
  const name = await childName(page, childId);
  const identifying = {
    "Location preferences": `Near ${name}'s school, Oakfield Academy, 12 Elm Road NS1 4AB`,
    "What helps": `${name} (born 3/4/2012) calms with music; mum on 07700 900123.`,
    "Contact arrangements": "Weekly with mum at 4 Cedar Close; e-mail mum@example.com.",
    "What the need in physical health looks like": "NHS number 943 476 5919, asthma.",
    "Strength in physical health": "Swims for Northshire College on 14 March.",
  };
  const quoted = {
    "Location preferences": [name, "Oakfield Academy", "12 Elm Road", "NS1 4AB"],
    "What helps": [name, "3/4/2012", "07700 900123"],
    "Contact arrangements": ["4 Cedar Close", "mum@example.com"],
    "What the need in physical health looks like": ["943 476 5919"],
    "Strength in physical health": ["Northshire College", "14 March"],
  };
  for (const [label, text] of Object.entries(identifying)) {
    await page.getByLabel(label, { exact: true }).fill(text);
  }
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  await page.getByRole("button", { name: "Submit for approval" }).click();
  const refused = page.getByRole("alert").filter({ hasText: "The referral was not submitted" });
  await expect(refused).toBeVisible();
  for (const [label, words] of Object.entries(quoted)) {
    const field = page.getByLabel(label, { exact: true });
    await expect(field).toHaveValue(identifying[label as keyof typeof identifying]);
    for (const word of words) {
      await expect(refused).toContainText(`“${word}`);
      await expect(field).toHaveAccessibleDescription(new RegExp(`“${escaped(word)}`));
    }
  }
  await expectNoSeriousA11yViolations(page);

  // Rewritten in words that identify nobody, it goes through.
  await page.getByLabel("Location preferences", { exact: true }).fill("The north of the county.");
  await page
    .getByLabel("What helps", { exact: true })
    .fill("Routine, music, and being told about changes early.");
  await page.getByLabel("Contact arrangements", { exact: true }).fill("Weekly with their mother.");
  await page
    .getByLabel("What the need in physical health looks like", { exact: true })
    .fill("Asthma, well managed with an inhaler.");
  await page.getByLabel("Strength in physical health", { exact: true }).fill("A keen swimmer.");
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  await expect(page.getByLabel("What helps", { exact: true })).not.toHaveAccessibleDescription(
    /looks like/,
  );
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Preview what agencies will see" }).click();
  const preview = page.getByTestId("agency-preview");
  await expect(preview).toContainText("£950.00 a week");
  await expect(preview).toContainText("Routine, music");
  await expect(preview).toContainText(/\d+ years/);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Submit for approval" }).click();
  await expect(page.getByText("Waiting for a manager’s approval.")).toBeVisible();

  // The child's page lists it among the child's referrals, linking back to it.
  await page.goto(`/children/${childId}`);
  const childReferrals = page.getByRole("table", { name: /^Referrals for / });
  await expect(childReferrals.getByRole("row", { name: new RegExp(reference) })).toContainText(
    "Awaiting approval",
  );
  await expectNoSeriousA11yViolations(page);

  // The manager finds it in the approvals queue beside assessments, sees exactly what each
  // agency will receive, approves it (confirming) and shares it with Brightpath.
  await signInByApi(page, NORTH_MANAGER);
  await page.goto("/approvals");
  const queue = page.getByRole("table", { name: "Referrals waiting for approval" });
  await queue.getByRole("link", { name: new RegExp(reference) }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Approve referral ${reference}` }),
  ).toBeVisible();
  const received = page.getByTestId("agency-snapshot");
  await expect(received).toContainText(reference);
  await expect(received).toContainText("Routine, music");
  await expect(received).toContainText("The north of the county.");
  await expect(received).not.toContainText(name);
  await expect(page.getByTestId("identifying-details")).toContainText("found nothing");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Brightpath Fostering").check();
  await page.getByRole("button", { name: "Approve and share" }).click();
  const confirmApproval = page.getByRole("dialog", { name: `Approve and share ${reference}?` });
  await expect(confirmApproval).toBeVisible();
  await expect(
    confirmApproval.getByRole("button", { name: "Yes, approve and share" }),
  ).toBeFocused();
  // Escape backs out and nothing is shared; asked again, the manager confirms.
  await page.keyboard.press("Escape");
  await expect(confirmApproval).toBeHidden();
  await page.getByRole("button", { name: "Approve and share" }).click();
  await expect(confirmApproval).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await confirmApproval.getByRole("button", { name: "Yes, approve and share" }).click();
  await expect(page).toHaveURL("/approvals");
  await expect(page.getByRole("alert")).toContainText(
    `Referral ${reference} was approved and shared with 1 partner agency.`,
  );
  await expectNoSeriousA11yViolations(page);
  await page.goto(referralUrl);
  await expect(page.getByRole("table", { name: /shared with/ })).toContainText(
    "Brightpath Fostering",
  );

  // The agency offers a household through the API; its people see it in the portal too.
  await agencyOffersAHousehold(request, reference);
  await page.context().clearCookies();
  await signIn(page, AGENCY_USER);
  await expect(page).toHaveURL("/agency/referrals");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("table", { name: /offers on this referral/ })).toContainText(
    HOUSEHOLD,
  );
  await expect(page.getByRole("main")).not.toContainText("date of birth");
  await expectNoSeriousA11yViolations(page);

  // The council compares the offers, accepts the household and confirms the start.
  await signInByApi(page, NORTH_MANAGER);
  await page.goto(referralUrl);
  await page.getByRole("link", { name: /Compare the offers/ }).click();
  const sideBySide = page.getByRole("table", { name: "Offers side by side" });
  await expect(sideBySide).toContainText(HOUSEHOLD);
  await expect(sideBySide).toContainText("£895.00 a week (within budget)");
  await expect(page.getByRole("table", { name: /capacity, by domain$/ })).toContainText("Met");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: `Accept ${HOUSEHOLD}` }).click();
  const confirmAccept = page.getByRole("dialog", { name: `Accept ${HOUSEHOLD}?` });
  await expectNoSeriousA11yViolations(page);
  await confirmAccept.getByRole("button", { name: "Yes, accept" }).click();
  await expect(page.getByRole("alert")).toContainText(`${HOUSEHOLD} was accepted`);
  await expect(sideBySide).toContainText("Accepted");

  await page.goto(referralUrl);
  await expect(page.getByText("Closed: placed")).toBeVisible();
  const start = page.getByRole("group", { name: "Placement start date" });
  await start.getByLabel("Day").fill("4");
  await start.getByLabel("Month").fill("1");
  await start.getByLabel("Year").fill("2027");
  await page.getByRole("button", { name: "Confirm placement start" }).click();
  await expect(page.getByText("Placement starts on 4 January 2027")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
