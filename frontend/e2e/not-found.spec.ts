import { expect, test } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./axe";

test("an unknown address shows Page not found with a way home", async ({ page }) => {
  await page.goto("/no-such-page");

  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page).toHaveTitle("Page not found – Kindred");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Go to the Kindred home page" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { level: 1, name: "Kindred" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
