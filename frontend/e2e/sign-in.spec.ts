import { expect, test } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./axe";
import { COMMISSIONER, PRACTITIONER, submitSignIn } from "./demo-accounts";

test("a practitioner signs in, is named in the header, and signs out", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page).toHaveTitle("Sign in – Kindred");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to Kindred" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await submitSignIn(page, PRACTITIONER.email);

  // A practitioner's home is their caseload.
  await expect(page).toHaveURL("/children");
  const header = page.getByRole("banner");
  await expect(header.getByText(PRACTITIONER.name)).toBeVisible();
  await expect(header).toContainText(PRACTITIONER.organisation);
  await expect(header).toContainText(PRACTITIONER.role);
  // A practitioner is offered no admin pages.
  await expect(page.getByRole("navigation", { name: "Menu" }).getByRole("link")).toHaveText([
    "Home",
    "Children",
    "Referrals",
    "Carers",
  ]);
  await expectNoSeriousA11yViolations(page);

  await header.getByRole("button", { name: "Sign out" }).click();

  await expect(page).toHaveURL("/sign-in");
  await expect(header.getByText(PRACTITIONER.name)).toBeHidden();
  await expect(page.getByText("Your session has ended")).toBeHidden();
  await expectNoSeriousA11yViolations(page);

  // The session really is over on the server.
  await page.goto("/admin/users");
  await expect(page).toHaveURL("/sign-in?returnTo=%2Fadmin%2Fusers");
});

test("a wrong password is refused with the API's message", async ({ page }) => {
  await page.goto("/sign-in");
  await submitSignIn(page, COMMISSIONER.email, "not the demo password");

  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(summary).toContainText(/e-mail address or password/i);
  await expect(page).toHaveTitle("Error: Sign in – Kindred");
  await expect(page).toHaveURL("/sign-in");
  await expectNoSeriousA11yViolations(page);
});

test("the sign-in form can be used with the keyboard alone", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").focus();
  await page.keyboard.press("Enter");

  // Empty fields: the summary takes focus; its first link leads back to the field.
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(summary.getByRole("link", { name: "Enter your e-mail address" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("E-mail address")).toBeFocused();
  await expectNoSeriousA11yViolations(page);

  await page.keyboard.type(PRACTITIONER.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type("kindred demo password");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("banner").getByText(PRACTITIONER.name)).toBeVisible();
});
