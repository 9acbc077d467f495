import { expect, test } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./axe";
import { COUNCIL_ADMIN, signIn, submitSignIn } from "./demo-accounts";

const SESSION_ENDED = "Your session has ended. Sign in again to carry on where you were.";

test("when the session is lost mid-work, signing in again returns to the page", async ({
  page,
  context,
}) => {
  await signIn(page, COUNCIL_ADMIN);
  await expect(page.getByRole("table", { name: "Users" })).toBeVisible();

  await context.clearCookies();
  await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Teams" }).click();

  await expect(page).toHaveURL("/sign-in?returnTo=%2Fadmin%2Fteams");
  await expect(page.getByRole("region", { name: "Important" })).toContainText(SESSION_ENDED);
  await expect(page.getByRole("banner").getByText(COUNCIL_ADMIN.name)).toBeHidden();
  await expectNoSeriousA11yViolations(page);

  await submitSignIn(page, COUNCIL_ADMIN.email);
  await expect(page).toHaveURL("/admin/teams");
  await expect(page.getByRole("heading", { level: 1, name: "Teams" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("opening a page without a session asks to sign in and then opens it", async ({
  page,
  context,
}) => {
  await signIn(page, COUNCIL_ADMIN);
  await context.clearCookies();

  await page.goto("/admin/users?status=active");
  await expect(page).toHaveURL("/sign-in?returnTo=%2Fadmin%2Fusers%3Fstatus%3Dactive");
  await expectNoSeriousA11yViolations(page);

  await submitSignIn(page, COUNCIL_ADMIN.email);
  await expect(page).toHaveURL("/admin/users?status=active");
  await expect(page.getByLabel("Status")).toHaveValue("active");
});
