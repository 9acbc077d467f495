import { expect, type Page } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./axe";

/** The demo data's people (backend seed), all with the same published demo password. */
export const DEMO_PASSWORD = "kindred demo password";

export const PRACTITIONER = {
  email: "practitioner@northshire.example",
  name: "Sam Okafor",
  organisation: "Northshire County Council",
  role: "Practitioner",
};
export const COUNCIL_ADMIN = {
  email: "admin@northshire.example",
  name: "Alex Turner",
  organisation: "Northshire County Council",
  role: "Administrator",
};
export const COMMISSIONER = { email: "commissioner@northshire.example" };

/** Fills in and sends the sign-in form on the page already open. */
export async function submitSignIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in from the sign-in page and waits until the header names the person. */
export async function signIn(page: Page, account: { email: string; name: string }) {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to Kindred" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await submitSignIn(page, account.email);
  await expect(page.getByRole("banner").getByText(account.name)).toBeVisible();
}
