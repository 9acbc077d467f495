import { expect, test } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./axe";
import { COUNCIL_ADMIN, signIn } from "./demo-accounts";

test("an admin lists the council's people, adds one and finds them in the list", async ({
  page,
}) => {
  await signIn(page, COUNCIL_ADMIN);

  // An admin's home is the users page.
  await expect(page).toHaveURL("/admin/users");
  await expect(page).toHaveTitle("Users – Kindred");
  const table = page.getByRole("table", { name: "Users" });
  for (const name of ["Alex Turner", "Sam Okafor", "Priya Shah", "Chris Lambert"]) {
    await expect(table.getByRole("link", { name })).toBeVisible();
  }
  // Other councils' people are never listed.
  await expect(table).not.toContainText("southvale.example");
  await expect(page.getByRole("columnheader", { name: /Name/ })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  await expect(page.getByRole("navigation", { name: "Menu" }).getByRole("link")).toHaveText([
    "Home",
    "Users",
    "Teams",
    "API clients",
    "Audit log",
    "Imports",
    "Bulk loads",
    "Exports",
    "Carers",
    "Analytics",
  ]);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Add a user" }).click();
  await expect(page).toHaveURL("/admin/users/new");
  await expect(page.getByRole("heading", { level: 1, name: "Add a user" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The API's own rules show on the fields: a too-common password.
  const unique = Date.now().toString(36);
  const name = `Jamie Reid ${unique}`;
  const email = `jamie.${unique}@northshire.example`;
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Manager").check();
  await page.getByLabel("East Team").check();
  await page.getByLabel("Initial password").fill("password1234");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.locator(".govuk-error-summary")).toBeFocused();
  await expect(page.locator("#password-error")).toContainText("too common");
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Initial password").fill("a kettle of quiet fish");
  await page.getByRole("button", { name: "Add user" }).click();

  await expect(page).toHaveURL("/admin/users");
  await expect(page.getByRole("alert")).toContainText(`${name} has been added.`);
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Manager");
  await expect(row).toContainText("East Team");
  await expect(row).toContainText("Active");
  await expectNoSeriousA11yViolations(page);

  // Search finds them too.
  await page.getByLabel("Name or e-mail address").fill(unique);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText("Showing 1 to 1 of 1 user")).toBeVisible();

  // Their page: pause the account after confirming.
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Change ${name}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Pause account" }).click();
  await expect(page.getByRole("heading", { name: `Pause ${name}’s account?` })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Yes, pause account" }).click();
  await expect(page.getByText(`${name}’s account is now paused.`)).toBeVisible();
});

test("an admin sees the teams and the audit log", async ({ page }) => {
  await signIn(page, COUNCIL_ADMIN);

  await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Teams" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Teams" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "North Team" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const team = `Fostering Team ${Date.now().toString(36)}`;
  await page.getByLabel("Team name").fill(team);
  await page.getByRole("button", { name: "Add team" }).click();
  await expect(page.getByRole("alert")).toContainText(`${team} has been added.`);
  await expect(page.getByRole("row").filter({ hasText: team })).toContainText("0");

  await page
    .getByRole("navigation", { name: "Menu" })
    .getByRole("link", { name: "Audit log" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  const events = page.getByRole("table", { name: "Audit events, newest first" });
  await expect(events.getByRole("row").nth(1)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Action").selectOption("sign_in");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/action=sign_in/);
  await expect(events.getByRole("row").nth(1)).toContainText("Sign in");
});
