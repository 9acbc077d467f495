import { expect, type Page, test } from "@playwright/test";

import { NORTH_PRACTITIONER, signInByApi } from "./api-sign-in";
import { expectNoSeriousA11yViolations } from "./axe";

// A tablet, upright: the young person's pages are made for it, and so is this journey.
test.use({ viewport: { width: 768, height: 1024 } });

interface ChildListItem {
  id: string;
  last_assessed_on: string | null;
}

/** An assessed child of the practitioner's who has no young-person account yet. */
async function childWithoutAccount(page: Page): Promise<string> {
  const list = await page.request.get("/api/v1/children?page_size=50&sort=-last_assessed_on");
  const { items } = (await list.json()) as { items: ChildListItem[] };
  for (const child of items) {
    if (!child.last_assessed_on) continue;
    const account = await page.request.get(`/api/v1/children/${child.id}/young-person-account`);
    if (account.status() === 404) return child.id;
  }
  throw new Error("no assessed child without a young-person account in the demo data");
}

/** Does `change` on the young person's page and waits until the server has it. */
async function saved(young: Page, change: () => Promise<void>): Promise<void> {
  const put = young.waitForResponse(
    (response) =>
      response.url().endsWith("/api/v1/me/about-me") && response.request().method() === "PUT",
  );
  await change();
  expect((await put).status()).toBe(200);
  await expect(young.getByText("Saved ✓")).toBeVisible();
}

test("a young person joins with a code, writes about themselves and their worker sees both views", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  // The practitioner invites the young person from the child's page.
  await signInByApi(page, NORTH_PRACTITIONER);
  const childId = await childWithoutAccount(page);
  await page.goto(`/children/${childId}`);
  const name = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  await expect(page.getByText(`${name} has not written anything yet.`)).toBeVisible();
  await page.getByRole("button", { name: `Invite ${name}` }).click();
  const code = (await page.locator(".app-invite-code__code").innerText()).trim();
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await expect(page.getByText("This is the only time it is shown.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // On their tablet (its own browser), the young person redeems the code and sets a PIN.
  const tablet = await browser.newContext({ viewport: { width: 768, height: 1024 } });
  const young = await tablet.newPage();
  await young.goto("/young-people/join");
  await expect(
    young.getByRole("heading", { level: 1, name: /Let’s get you started/ }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(young);
  await young.getByLabel("The code from your worker").fill(code);
  await young.getByLabel("Choose a PIN").fill("947263");
  await young.getByLabel("Type your PIN again").fill("947263");
  await young.getByRole("button", { name: "Start" }).click();

  // Upright, nothing to scroll across either.
  expect(await young.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
  // They land on their own page, which offers nothing of the practitioners'.
  await expect(young).toHaveURL("/me");
  await expect(young.getByRole("heading", { level: 1, name: /^Hi / })).toBeVisible();
  await expect(young.getByText(/sign in with the name/)).toBeVisible();
  const navigation = young.getByRole("navigation", { name: /menu|navigation/i });
  await expect(navigation.getByRole("link", { name: "Children" })).toHaveCount(0);
  await expect(young.getByRole("img", { name: "My wheel" })).toBeVisible();
  await expectNoSeriousA11yViolations(young);

  // "About me": it saves by itself, and one part is kept from referrals.
  await young.getByRole("button", { name: "About me" }).click();
  await saved(young, () =>
    young.getByRole("textbox", { name: "What I’m good at" }).fill("Football and drawing dragons."),
  );
  await young
    .getByRole("textbox", { name: "People who are important to me" })
    .fill("My nan and my best friend Jo.");
  await saved(young, () =>
    young
      .getByRole("checkbox", { name: /My worker can share “People who are important/ })
      .uncheck(),
  );
  await expectNoSeriousA11yViolations(young);

  // "How I see things": they rate the first two areas with the big picker.
  await young.getByRole("button", { name: "Next: how I see things" }).click();
  const areas = young.locator("fieldset");
  await expect(areas.first()).toBeVisible();
  await areas.nth(0).getByRole("radio").nth(1).check();
  await saved(young, () => areas.nth(1).getByRole("radio").nth(3).check());
  await expectNoSeriousA11yViolations(young);
  // Turned sideways, the page still fits: nothing to scroll across.
  await young.setViewportSize({ width: 1024, height: 768 });
  expect(await young.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    1024,
  );
  await expectNoSeriousA11yViolations(young);
  await young.getByRole("button", { name: "Done" }).click();
  await expect(young.getByRole("list", { name: "Key" })).toContainText("How I see it");
  await tablet.close();

  // Back on the child's page, the practitioner sees both ratings on the wheel and the table.
  await page.reload();
  const wheel = page.getByRole("img", { name: `The assessed needs and how ${name} sees them` });
  await expect(wheel).toBeVisible();
  await expect(page.getByRole("list", { name: "Key" }).last()).toContainText(
    `How ${name} sees it (dotted outline)`,
  );
  await expect(wheel.locator(".app-wheel__series--dotted path")).toHaveCount(2);
  const table = page.getByRole("table", {
    name: `Assessed level and ${name}’s own view, by domain`,
  });
  await expect(table.getByRole("row").filter({ hasNotText: "Not rated" })).toHaveCount(3);
  await expect(page.getByText("Football and drawing dragons.")).toBeVisible();
  await expect(page.getByText("Not to be shared")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
