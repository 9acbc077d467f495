import { expect, type Page, test } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./axe";
import { PRACTITIONER, signIn } from "./demo-accounts";

const MANAGER = { email: "manager@northshire.example", name: "Morgan Ellis" };
const COMMISSIONER = { email: "commissioner@northshire.example", name: "Chris Lambert" };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

interface ChildItem {
  id: string;
  latest_score: string | null;
}

/** A child the signed-in person may see whose approved needs some household can be ranked for. */
async function childWithMatches(page: Page): Promise<string> {
  const list = await page.request.get("/api/v1/children?care_status=in_care&page_size=100");
  expect(list.ok()).toBe(true);
  const { items } = (await list.json()) as { items: ChildItem[] };
  for (const child of items.filter((item) => item.latest_score !== null)) {
    const matches = await page.request.get(`/api/v1/children/${child.id}/matches?limit=1`);
    if (!matches.ok()) continue;
    const body = (await matches.json()) as { matches: unknown[] };
    if (body.matches.length > 0) return child.id;
  }
  throw new Error("no demo child has a household to match: is the demo data loaded?");
}

test("a practitioner opens a child's matches, expands a household and sees the overlay", async ({
  page,
}) => {
  await signIn(page, PRACTITIONER);
  const childId = await childWithMatches(page);

  await page.goto(`/children/${childId}/matches`);
  await expect(page.getByRole("heading", { level: 1, name: /^Matches for / })).toBeVisible();
  await expect(page.getByText("How households are ranked")).toBeVisible();
  const table = page.getByRole("table", { name: "Households, best match first" });
  await expect(table).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const toggle = table.getByRole("button").first();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");

  const overlay = page.getByRole("img", { name: /’s needs with .+’s capacity$/ });
  await expect(overlay).toBeVisible();
  await expect(page.getByRole("list", { name: "Key" })).toContainText("(dashed outline)");
  const verdicts = page.getByRole("table", { name: /’s needs and .+’s capacity, by domain$/ });
  await expect(verdicts).toBeVisible();
  // One row per domain of the framework, each verdict in words.
  await expect(verdicts.getByRole("row")).toHaveCount(13);
  await expect(verdicts.getByRole("row").nth(1)).toContainText(
    /Met|Training or support needed|Not met/,
  );
  await expectNoSeriousA11yViolations(page);

  // The filters live in the address.
  await page.getByLabel("Show households not listed, and why").check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/include_excluded=yes/);
  await expect(
    page.getByRole("heading", { name: "Why other households are not listed" }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a manager opens the carers list and a carer's page", async ({ page }) => {
  await signIn(page, MANAGER);
  await page
    .getByRole("navigation", { name: "Menu" })
    .getByRole("link", { name: "Carers" })
    .click();
  await expect(page).toHaveURL("/carers");
  await expect(page.getByRole("heading", { level: 1, name: "Carers" })).toBeVisible();
  const table = page.getByRole("table", { name: "Fostering households" });
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  await expect(page.getByText(/^Showing 1 to \d+ of \d+ households$/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Only households with a vacancy").check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL("/carers?with_vacancy=yes");
  await expect(table.getByRole("row").nth(1)).toBeVisible();

  const first = table.getByRole("row").nth(1).getByRole("link");
  const name = (await first.textContent()) ?? "";
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Approval terms and vacancies" })).toBeVisible();
  await expect(page.getByRole("img", { name: `${name}’s capacity wheel` })).toBeVisible();
  await expect(
    page.getByRole("table", { name: new RegExp(`^${escapeRegExp(name)}’s capacity by domain`) }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Capacity history" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Training", exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Update capacity" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Update capacity" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a commissioner sees the market analytics as aggregates", async ({ page }) => {
  await signIn(page, COMMISSIONER);
  await page
    .getByRole("navigation", { name: "Menu" })
    .getByRole("link", { name: "Analytics" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Analytics" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Step-down finder" }).click();
  await expect(page.getByRole("table", { name: "By current placement type" })).toBeVisible();
  await expect(page.getByText("Children are not named here: you see totals only.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/analytics/training-gaps");
  await expect(page.getByRole("img", { name: /by domain trained$/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /whom to train, by domain$/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/analytics/sufficiency");
  await expect(
    page.getByRole("img", { name: /against places able to meet it, by domain$/ }),
  ).toBeVisible();
  await expect(
    page.getByRole("table", { name: /households and places able to meet it$/ }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a manager asks for a cohort plan, labelled a suggestion", async ({ page }) => {
  await signIn(page, MANAGER);
  await page.goto("/matching/plan");
  await expect(
    page.getByRole("heading", { level: 1, name: "Plan placements for a group of children" }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Suggest a plan" }).click();
  await expect(page.getByRole("heading", { name: "Suggested plan" })).toBeFocused();
  await expect(page.getByText(/A suggestion for people to decide on/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
