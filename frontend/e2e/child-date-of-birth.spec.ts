import { expect, test } from "@playwright/test";

import { NORTH_PRACTITIONER, signInByApi } from "./api-sign-in";
import { expectNoSeriousA11yViolations } from "./axe";

// Issue 14: a date of birth in the future or 26 or more years ago is refused by the form
// before anything is sent (and by the API, which the backend tests cover).
test("the child form refuses a date of birth a child in care cannot have", async ({ page }) => {
  await signInByApi(page, NORTH_PRACTITIONER);
  await page.goto("/children/new");
  await expect(page.getByRole("heading", { level: 1, name: "Add a child" })).toBeVisible();
  let sent = 0;
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith("/api/v1/children")) sent += 1;
  });

  await page.getByLabel("Day").fill("1");
  await page.getByLabel("Month").fill("6");
  await page.getByLabel("Year").fill(String(new Date().getFullYear() - 30));
  await page.getByRole("button", { name: "Add child" }).click();

  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: /A child in care is under 26/ })).toBeVisible();
  await expect(page.locator("#date_of_birth-error")).toContainText("A child in care is under 26");
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Year").fill(String(new Date().getFullYear() + 1));
  await page.getByRole("button", { name: "Add child" }).click();
  await expect(page.locator("#date_of_birth-error")).toContainText(
    "Date of birth must be today or in the past",
  );
  expect(sent).toBe(0);
});
