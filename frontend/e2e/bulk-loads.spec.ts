import { expect, type Page, test } from "@playwright/test";

import { signInByApi } from "./api-sign-in";
import { expectNoSeriousA11yViolations } from "./axe";
import { COUNCIL_ADMIN } from "./demo-accounts";

/** A carer system's export: semicolons, a byte-order mark, CRLF, £ amounts, a bad row. */
function householdsFile(prefix: string): Buffer {
  const lines = [
    "Reference;Household name;Min age;Max age;Places;Vacancies;Approved types;Weekly fee",
    `${prefix}-1;The Okafor household;0;17;2;1;short term, long term;£1,234.50`,
    "",
    `${prefix}-2;The Nowak household;5;12;1;0;respite;450`,
    `${prefix}-3;The Bad household;9;3;1;0;knitting;450`,
  ];
  return Buffer.from(`\ufeff${lines.join("\r\n")}\r\n`);
}

/** The created, updated and unchanged figures of a counts list. */
function counts(page: Page, name: string) {
  return page.getByLabel(name).locator("dd");
}

async function upload(page: Page, file: Buffer) {
  await page.goto("/admin/bulk-loads");
  await page.getByLabel("Fostering households").check();
  await page
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: "carers.csv", mimeType: "text/csv", buffer: file });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bulk load" })).toBeVisible();
  await expect(page.getByText("Checked, not loaded yet")).toBeVisible({ timeout: 30_000 });
}

test("an admin checks a households file, sees its bad row, loads the valid rows, and a re-run changes nothing", async ({
  page,
}) => {
  const file = householdsFile(`E2E${String(Date.now() % 1_000_000)}`);
  await signInByApi(page, COUNCIL_ADMIN);
  await page.goto("/admin/bulk-loads");
  await expect(page.getByRole("heading", { level: 1, name: "Bulk loads" })).toBeVisible();
  await expect(
    page.getByRole("link", {
      name: "Download the fostering households template (XLSX, with this guide)",
    }),
  ).toHaveAttribute("href", "/api/v1/bulk-loads/template?kind=households&format=xlsx");
  await expect(page.getByRole("rowheader", { name: "weekly_fee" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The column guide follows the kind chosen.
  await page.getByLabel("Placement costs").check();
  await expect(page.getByRole("rowheader", { name: "child_id" })).toBeVisible();

  await upload(page, file);
  await expect(counts(page, "What loading would do")).toHaveText(["2", "0", "0"]);
  const problems = page.getByRole("table", { name: /Problems in the file/ });
  await expect(problems.getByRole("row")).toHaveCount(3);
  await expect(problems.getByRole("row").nth(1)).toContainText("5");
  await expect(problems.getByRole("row").nth(1)).toContainText("age_max");
  await expect(problems.getByRole("row").nth(2)).toContainText(
    "'knitting' is not a type of approval",
  );
  await expect(page.getByRole("button", { name: /Load all/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // Keyboard only: focus the load button and press Enter.
  await page.getByRole("button", { name: "Load the 2 valid rows only" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Loaded", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(counts(page, "What the load did")).toHaveText(["2", "0", "0"]);
  await expectNoSeriousA11yViolations(page);

  // The same file again: the preview says nothing would change.
  await upload(page, file);
  await expect(counts(page, "What loading would do")).toHaveText(["0", "0", "2"]);
  await page.getByRole("link", { name: "Back to bulk loads" }).click();
  await expect(page.getByRole("heading", { name: "Recent loads" })).toBeVisible();
});
