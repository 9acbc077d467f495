import { expect, type Page } from "@playwright/test";

import { DEMO_PASSWORD } from "./demo-accounts";

export const NORTH_PRACTITIONER = {
  email: "practitioner@northshire.example",
  name: "Sam Okafor",
};
export const NORTH_MANAGER = { email: "manager@northshire.example", name: "Morgan Ellis" };
export const SOUTHVALE_PRACTITIONER = {
  email: "practitioner@southvale.example",
  name: "Rhys Morgan",
};

/**
 * Signs in through the API, for journeys where the sign-in page is not what is tested: the
 * session cookies land in the page's browser context.
 */
export async function signInByApi(page: Page, account: { email: string }): Promise<void> {
  await page.context().clearCookies();
  const response = await page.request.post("/api/v1/auth/sign-in", {
    data: { email: account.email, password: DEMO_PASSWORD },
  });
  expect(response.status(), `sign-in of ${account.email}`).toBe(200);
}

/** Presses Tab until `target` has focus: moving through the page by keyboard alone. */
export async function tabTo(
  page: Page,
  target: ReturnType<Page["locator"]>,
  most = 40,
): Promise<void> {
  for (let presses = 0; presses < most; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}
