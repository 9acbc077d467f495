import { expect, test } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./axe";

test("the home page introduces Kindred and reports the service is up", async ({ page }) => {
  await page.goto("/");

  await expect(page).toHaveTitle("Home – Kindred");
  await expect(page.getByRole("heading", { level: 1, name: "Kindred" })).toBeVisible();
  const status = page.getByRole("region", { name: "Service status" });
  const statusValue = status.locator("dt", { hasText: /^Status$/ }).locator("+ dd");
  const databaseValue = status.locator("dt", { hasText: /^Database$/ }).locator("+ dd");
  await expect(statusValue).toHaveText("ok");
  await expect(databaseValue).toHaveText("ok");

  await expectNoSeriousA11yViolations(page);
});
