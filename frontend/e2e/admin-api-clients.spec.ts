import { expect, test } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./axe";
import { COUNCIL_ADMIN, signIn } from "./demo-accounts";

test("an admin creates an API client and sees its secret once", async ({ page }) => {
  await signIn(page, COUNCIL_ADMIN);
  await page
    .getByRole("navigation", { name: "Menu" })
    .getByRole("link", { name: "API clients" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "API clients" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Add an API client" }).click();
  await expect(page).toHaveURL("/admin/api-clients/new");
  await expectNoSeriousA11yViolations(page);

  const name = `Northshire case system ${Date.now().toString(36)}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("referrals:read").check();
  await page.getByRole("button", { name: "Create API client" }).click();

  const panel = page.locator(".govuk-panel");
  await expect(panel.getByRole("heading", { level: 1, name: "API client created" })).toBeVisible();
  const secret = (await page.locator("#secret-value").textContent()) ?? "";
  expect(secret.length).toBeGreaterThan(20);
  await expect(page.getByText("This secret will not be shown again")).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy secret" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Back to API clients" }).click();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("referrals:read");
  await expect(row).toContainText("Active");
  // Never shown again.
  await expect(page.locator("body")).not.toContainText(secret);

  // Revoking asks first.
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page.getByRole("heading", { name: `Revoke ${name}?` })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Yes, revoke it" }).click();
  await expect(page.getByRole("alert")).toContainText(`${name} has been revoked.`);
  await expect(row).toContainText("Revoked");
});
