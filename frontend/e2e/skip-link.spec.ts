import { expect, test } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./axe";

test("the skip link is the first tab stop and moves focus to the main content", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Kindred" })).toBeVisible();

  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Skip to main content" });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();

  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  await expectNoSeriousA11yViolations(page);
});
