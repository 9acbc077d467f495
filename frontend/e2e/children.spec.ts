import { expect, test } from "@playwright/test";

import { NORTH_PRACTITIONER, SOUTHVALE_PRACTITIONER, signInByApi } from "./api-sign-in";
import { expectNoSeriousA11yViolations } from "./axe";
import { signIn } from "./demo-accounts";

test("a practitioner sees only their team's children, filtered and sorted in the address", async ({
  page,
}) => {
  await signIn(page, NORTH_PRACTITIONER);

  // The caseload is a practitioner's home.
  await expect(page).toHaveURL("/children");
  await expect(page.getByRole("heading", { level: 1, name: "Children" })).toBeVisible();
  const table = page.getByRole("table", { name: "Children" });
  await expect(page.getByText(/^Showing 1 to 25 of \d+ children$/)).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(26);
  // Every child listed is in the North Team; the East Team's children are not.
  for (const row of await table.getByRole("row").all()) {
    if (await row.getByRole("columnheader").count()) continue;
    await expect(row.getByRole("cell").first()).toContainText("North Team");
  }
  await expect(table).not.toContainText("East Team");
  await expect(page.getByRole("columnheader", { name: /Name/ })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  await expectNoSeriousA11yViolations(page);

  // Sorting by score, highest first, is kept in the address.
  await page
    .getByRole("columnheader", { name: /Needs score/ })
    .getByRole("link")
    .click();
  await page
    .getByRole("columnheader", { name: /Needs score/ })
    .getByRole("link")
    .click();
  await expect(page).toHaveURL("/children?sort=-latest_score");
  await expect(page.getByRole("columnheader", { name: /Needs score/ })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await expect(table).not.toHaveAttribute("aria-busy");
  const scores = await table.locator("tbody tr td:nth-child(3)").allInnerTexts();
  const numbers = scores.map(Number).filter((score) => !Number.isNaN(score));
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

  // Filters too; back and forward move between them, and a reload keeps them.
  await page.getByLabel("Care status").selectOption("in_care");
  await page.getByLabel("Lowest needs score").fill("40");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL("/children?care_status=in_care&score_min=40&sort=-latest_score");
  await expect(table).not.toHaveAttribute("aria-busy");
  const filtered = await table.locator("tbody tr td:nth-child(3)").allInnerTexts();
  expect(filtered.map(Number).every((score) => score >= 40)).toBe(true);
  await page.reload();
  await expect(page.getByLabel("Lowest needs score")).toHaveValue("40");
  await page.goBack();
  await expect(page).toHaveURL("/children?sort=-latest_score");
  await expect(page.getByLabel("Lowest needs score")).toHaveValue("");
  await page.goForward();
  await expect(page.getByLabel("Care status")).toHaveValue("in_care");

  await page.getByLabel("Name, local id or UPN").fill("nobody-is-called-this");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText("No children match these filters.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a child's page compares the latest needs with an earlier assessment", async ({ page }) => {
  await signInByApi(page, NORTH_PRACTITIONER);
  // A child assessed more than once: the trend column says so.
  await page.goto("/children?sort=-last_assessed_on");
  const row = page
    .getByRole("row")
    .filter({ hasText: /Up|Down|No change/ })
    .first();
  const name = await row.getByRole("link").innerText();
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  const picker = page.getByLabel("Compare with an earlier assessment");
  await expect(picker.locator("option").nth(1)).toBeAttached();
  const earlier = (await picker.locator("option").allTextContents())[1] ?? "";
  expect(earlier).toMatch(/\(score /);
  await picker.selectOption({ label: earlier });
  const date = earlier.replace(/ \(score .*\)$/, "");
  await expect(page.getByRole("img", { name: /^Needs wheel of 12 domains/ })).toHaveAccessibleName(
    new RegExp(`The dashed outline shows the assessment of ${date}\\.`),
  );
  await expect(page.getByRole("columnheader", { name: `Change since ${date}` })).toBeVisible();
  // The needs wheel's key (the child's own view, when they have given one, has a key too).
  const key = page.getByRole("list", { name: "Key" }).filter({ hasText: "(latest)" });
  await expect(key).toContainText(`${date} (dashed outline)`);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Edit details" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Change ${name}’s details` }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a practitioner of another council sees none of Northshire's children", async ({ page }) => {
  await signInByApi(page, NORTH_PRACTITIONER);
  const northshire = await page.request.get("/api/v1/children?page_size=1&sort=family_name");
  const [child] = ((await northshire.json()) as { items: { id: string; family_name: string }[] })
    .items;
  expect(child).toBeDefined();

  await signInByApi(page, SOUTHVALE_PRACTITIONER);
  await page.goto("/children");
  await expect(page.getByRole("heading", { level: 1, name: "Children" })).toBeVisible();
  await expect(page.getByText(/^Showing 1 to \d+ of \d+ children$/)).toBeVisible();
  await expect(page.getByRole("table", { name: "Children" })).not.toContainText("North Team");
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/children?q=${child?.family_name ?? ""}`);
  await expect(page.getByRole("table", { name: "Children" })).not.toContainText("North Team");

  await page.goto(`/children/${child?.id ?? ""}`);
  await expect(page.getByRole("alert")).toContainText("no child with this id");
  await expectNoSeriousA11yViolations(page);
});
