import { readFile } from "node:fs/promises";

import { expect, test } from "@playwright/test";

import { signInByApi } from "./api-sign-in";
import { expectNoSeriousA11yViolations } from "./axe";
import { COUNCIL_ADMIN, PRACTITIONER } from "./demo-accounts";

/** A CSV download's rows (it starts with a BOM, for Excel). */
function csvLines(text: string): string[] {
  expect(text.startsWith("\ufeff")).toBe(true);
  return text.slice(1).trimEnd().split("\r\n");
}

test("a practitioner downloads the caseload as filtered on screen", async ({ page }) => {
  await signInByApi(page, PRACTITIONER);
  await page.goto("/children?care_status=in_care&sort=-latest_score");
  await expect(page.getByRole("heading", { level: 1, name: "Children" })).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toBeVisible();
  const onScreen = await page.getByRole("table").locator("tbody tr").count();
  const summary = await page.getByText(/^Showing /).textContent();
  const total = Number(/of ([\d,]+)/.exec(summary ?? "")?.[1]?.replace(",", "") ?? onScreen);
  await expectNoSeriousA11yViolations(page);

  const link = page.getByRole("link", {
    name: "Download CSV of the children matching these filters",
  });
  await expect(link).toHaveAttribute("href", /care_status=in_care.*format=csv/);
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^caseload-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = await download.path();
  const [header, ...lines] = csvLines(await readFile(path, "utf8"));

  expect(header).toContain("child_id,local_child_id,given_name,family_name");
  expect(lines).toHaveLength(total);
  const idsOnScreen = await page
    .getByRole("table")
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map(
        (tr) => tr.querySelector("a[href^='/children/']")?.getAttribute("href")?.split("/")[2],
      ),
    );
  expect(lines.slice(0, idsOnScreen.length).map((line) => line.split(",")[0])).toEqual(idsOnScreen);
  expect(lines.every((line) => line.includes(",in_care,"))).toBe(true);
});

test("an admin starts the whole-council export, follows it and downloads the ZIP", async ({
  page,
}) => {
  await signInByApi(page, COUNCIL_ADMIN);
  await page.goto("/admin/exports");
  await expect(
    page.getByRole("heading", { level: 1, name: "Export the council’s records" }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const start = page.getByRole("button", { name: "Export the whole council" });
  await start.focus();
  await page.keyboard.press("Enter");
  const download = page.getByRole("link", { name: /^Download ZIP/ }).first();
  await expect(download).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText("Ready", { exact: true }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
  expect(file.suggestedFilename()).toMatch(/^council-export-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = await readFile(await file.path());
  // A ZIP starts with "PK" and names its entries in the clear.
  expect(zip.subarray(0, 2).toString()).toBe("PK");
  for (const name of ["caseload.csv", "caseload.xlsx", "households.csv", "assessments.xlsx"]) {
    expect(zip.includes(Buffer.from(name))).toBe(true);
  }
});
