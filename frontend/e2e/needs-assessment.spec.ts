import { expect, type Page, test } from "@playwright/test";

import { NORTH_MANAGER, NORTH_PRACTITIONER, signInByApi, tabTo } from "./api-sign-in";
import { expectNoSeriousA11yViolations } from "./axe";

// The level of need and strength to give each of the 12 domains, in wheel order.
const LEVELS = [1, 2, 0, 3, 1, 2, 0, 1, 2, 4, 0, 1];
const STRENGTH_STEPS = [2, 0, 3, 0, 1, 0, 0, 2, 0, 0, 0, 1];

const TODAY = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
}).format(new Date());

async function press(page: Page, key: string, times: number) {
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
}

/** Fills in the open domain step by keyboard: level, evidence, strength, then next. */
async function completeDomainByKeyboard(page: Page, index: number) {
  const level = LEVELS[index] ?? 0;
  const heading = page.getByRole("heading", { level: 1 });
  const levels = page.getByRole("group", { name: /^Level of need/ });
  await tabTo(page, levels.getByRole("radio").first());
  // The first radio has focus and none is chosen: Space chooses it, arrows move and choose.
  if (level === 0) await page.keyboard.press("Space");
  else await press(page, "ArrowDown", level);
  await expect(levels.getByRole("radio").nth(level)).toBeChecked();

  await page.keyboard.press("Tab");
  const evidence = page.getByRole("textbox", { name: /^Evidence/ });
  await expect(evidence).toBeFocused();
  if (level >= 3) {
    await expect(evidence).toHaveAttribute("aria-required", "true");
    await page.keyboard.type(`Seen at home and school, level ${String(level)}.`);
  }

  await page.keyboard.press("Tab");
  const strengths = page.getByRole("group", { name: /^Strength/ });
  await expect(strengths.getByRole("radio", { name: "Not yet a strength" })).toBeFocused();
  await press(page, "ArrowDown", STRENGTH_STEPS[index] ?? 0);

  await page.keyboard.press("Tab");
  await expect(page.getByRole("textbox", { name: /About the strength/ })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /^Next/ })).toBeFocused();
  const name = await heading.innerText();
  await page.keyboard.press("Enter");
  await expect(heading).not.toHaveText(name);
  // Each step starts with focus on its heading, so Tab leads into the step's first field.
  await expect(heading).toBeFocused();
}

test("a practitioner adds a child and assesses them by keyboard; the manager approves it", async ({
  page,
}) => {
  test.slow();
  await signInByApi(page, NORTH_PRACTITIONER);

  // Add a child.
  await page.goto("/children/new");
  await expect(page.getByRole("heading", { level: 1, name: "Add a child" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const unique = Date.now().toString(36).toUpperCase();
  const family = `Keyboard${unique}`;
  await page.getByRole("button", { name: "Add child" }).click();
  await expect(page.locator(".govuk-error-summary")).toBeFocused();
  await expect(page.locator("#given_name-error")).toContainText("Enter the child’s first name");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("First name").fill("Robin");
  await page.getByLabel("Last name").fill(family);
  await page.getByLabel("Day").fill("14");
  await page.getByLabel("Month").fill("6");
  await page.getByLabel("Year").fill("2013");
  await page.getByLabel("Female").check();
  await page.getByLabel("Local child id").fill(`E2E-${unique}`);
  await page.getByLabel("In care").check();
  await page.getByLabel("Placement type (optional)").selectOption("U4");
  await page.getByRole("button", { name: "Add child" }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Robin ${family}` })).toBeVisible();
  await expect(page.getByRole("alert")).toContainText(`Robin ${family} has been added.`);
  const childUrl = page.url();
  await expectNoSeriousA11yViolations(page);

  // Start the assessment and complete it with the keyboard alone.
  await page.getByRole("button", { name: "Start a new assessment" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]+$/);
  await expect(page.getByText("Domain 1 of 12")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Physical health" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  for (let index = 0; index < 12; index += 1) {
    if (index < 11) {
      await expect(page.getByText(`Domain ${String(index + 1)} of 12`)).toBeVisible();
    }
    await completeDomainByKeyboard(page, index);
    if (index === 0) {
      await expect(page.getByText(/^Saved at \d\d:\d\d$/)).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    }
  }

  await expect(page.getByRole("heading", { level: 1, name: "Summary and submit" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("textbox", { name: "Summary" })).toBeFocused();
  await page.keyboard.type("Assessed with Robin, their carers and school.");
  await page.keyboard.press("Tab");
  await page.keyboard.type("To be a vet.");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Animals and a calm morning routine.");
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Submit for approval" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(childUrl);
  await expect(page.getByRole("alert")).toContainText("submitted for approval");
  await expect(page.getByText("Waiting for approval")).toBeVisible();

  // The North Team manager approves it from the queue.
  await signInByApi(page, NORTH_MANAGER);
  await page.goto("/approvals");
  await expect(page.getByRole("heading", { level: 1, name: "Approvals" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: `Robin ${family}` });
  await expect(row).toContainText(NORTH_PRACTITIONER.name);
  await expect(row).toContainText("First assessment");
  await expectNoSeriousA11yViolations(page);
  await row.getByRole("link").click();

  await expect(
    page.getByRole("heading", { level: 1, name: `Review Robin ${family}’s assessment` }),
  ).toBeVisible();
  await expect(
    page.getByRole("row").filter({ hasText: "Independence and self-care" }),
  ).toContainText("4 – Very high");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page).toHaveURL("/approvals");
  await expect(page.getByRole("alert")).toContainText(
    `Robin ${family}’s assessment has been approved.`,
  );

  // The child's page now draws the wheel and the needs history has the new point.
  await page.goto(childUrl);
  const wheel = page.getByRole("img", { name: /^Needs wheel of 12 domains\./ });
  await expect(wheel).toBeVisible();
  await expect(wheel).toHaveAccessibleName(
    /Highest need: 4 – Very high, in Independence and self-care\./,
  );
  const needs = page.getByRole("table", { name: /^Needs by domain/ });
  await expect(needs.getByRole("row")).toHaveCount(13);
  await expect(needs.getByRole("row").filter({ hasText: "Learning and education" })).toContainText(
    "3 – High",
  );
  const history = page.getByRole("table", { name: /Needs history/ });
  await expect(history.getByRole("row")).toHaveCount(2);
  await expect(history.getByRole("row").nth(1)).toContainText(TODAY);
  await expect(history.getByRole("row").nth(1)).toContainText("First assessment");
  await expect(page.getByRole("img", { name: /^Needs score over time/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A goal with a progress note, on the child's plan.
  await page.getByText("Add a goal").click();
  await page
    .getByLabel("Which need is it about?")
    .selectOption({ label: "Independence and self-care" });
  await page.getByLabel("Goal", { exact: true }).fill("Makes own breakfast on school days");
  await page.getByRole("button", { name: "Add goal" }).click();
  await expect(page.getByRole("status").filter({ hasText: "added" })).toContainText(
    "Goal “Makes own breakfast on school days” added.",
  );
  await page.getByText("Add a progress note").click();
  await page.getByRole("textbox", { name: /Progress note/ }).fill("Made toast twice this week.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Made toast twice this week.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The one-page profile to print.
  await page.getByRole("button", { name: "Print profile" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Robin ${family}` })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Needs wheel of 12 domains\./ })).toBeVisible();
  await expect(page.getByText("Makes own breakfast on school days")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
