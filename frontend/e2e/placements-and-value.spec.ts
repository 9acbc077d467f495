import { readFileSync } from "node:fs";

import { expect, type Page, test } from "@playwright/test";

import { signInByApi } from "./api-sign-in";
import { expectNoSeriousA11yViolations } from "./axe";
import { COMMISSIONER, COUNCIL_ADMIN, PRACTITIONER } from "./demo-accounts";
import { sampleReturn } from "./ssda903-files";

/** The report's created, updated and unchanged counts of placement episodes. */
function episodeCounts(page: Page, caption: string) {
  return page
    .getByRole("table", { name: caption })
    .getByRole("row", { name: /^Placement episodes/ })
    .getByRole("cell");
}

/** The same counts of the records of the return's optional files. */
function recordCounts(page: Page, caption: string) {
  return page
    .getByRole("table", { name: caption })
    .getByRole("row", { name: /^Records of the other files/ })
    .getByRole("cell");
}

interface CsvFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Header, Episodes and (among the optional files) Reviews. */
async function chooseFiles(page: Page, files: readonly [CsvFile, CsvFile, CsvFile]) {
  await page.getByLabel("Header file").setInputFiles(files[0]);
  await page.getByLabel("Episodes file").setInputFiles(files[1]);
  await page.getByText("The return’s other files (optional)").click();
  await page.getByLabel("Reviews file").setInputFiles(files[2]);
}

test("an admin previews an SSDA903 return, imports the valid rows and downloads the report", async ({
  page,
}) => {
  const sample = sampleReturn(`E2E${String(Date.now() % 1_000_000)}C`);
  const files = [
    { name: "header.csv", mimeType: "text/csv", buffer: Buffer.from(sample.header) },
    { name: "episodes.csv", mimeType: "text/csv", buffer: Buffer.from(sample.episodes) },
    { name: "reviews.csv", mimeType: "text/csv", buffer: Buffer.from(sample.reviews) },
  ] as const;
  await signInByApi(page, COUNCIL_ADMIN);
  await page.goto("/admin/imports");
  await expect(
    page.getByRole("heading", { level: 1, name: "Import the SSDA903 return" }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Hold the upload until the progress has been seen: a small return is checked at once.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/api/v1/imports/ssda903", async (route) => {
    await held;
    await route.continue();
  });
  await chooseFiles(page, files);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("progressbar", { name: "Import progress" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Preview" })).toBeDisabled();
  const answered = page.waitForResponse("**/api/v1/imports/ssda903");
  release();
  await answered;
  await page.unroute("**/api/v1/imports/ssda903");

  // The preview: what would change and every rejected row, before anything is written.
  await expect(page.getByText("Preview ready")).toBeVisible({ timeout: 30_000 });
  await expect(episodeCounts(page, "What would change")).toHaveText([
    String(sample.episodeCount),
    "0",
    "0",
  ]);
  await expect(recordCounts(page, "What would change")).toHaveText(["1", "0", "0"]);
  const rejected = page.getByRole("table", { name: "Rejected rows" });
  await expect(rejected.getByRole("row")).toHaveCount(3); // the bad episode and its child
  await expect(rejected.getByRole("row").nth(2)).toContainText("episodes.csv");
  await expect(rejected.getByRole("row").nth(2)).toContainText(String(sample.badLine));
  await expect(rejected.getByRole("row").nth(2)).toContainText("Q9");
  await expectNoSeriousA11yViolations(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the report (CSV)" }).click();
  const report = await (await downloading).path();
  const csv = readFileSync(report, "utf-8").replace(/^\uFEFF/, "");
  expect(csv.split("\r\n")[0]).toBe("outcome,file,line,column,dfe_rule,child,message");
  expect(csv).toContain(`rejected,episodes.csv,${String(sample.badLine)},PLACE,`);

  // Imported from the keyboard: the valid rows, then the import's own report.
  await page.getByRole("button", { name: "Import the valid rows" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Import report" })).toBeVisible();
  await expect(page.getByText("Imported", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(episodeCounts(page, "What changed")).toHaveText([
    String(sample.episodeCount),
    "0",
    "0",
  ]);
  await expect(recordCounts(page, "What changed")).toHaveText(["1", "0", "0"]);
  await expectNoSeriousA11yViolations(page);

  // A preview of the same files again would change nothing; the recent imports list all three,
  // after the demo's own history (five yearly returns).
  await page.getByRole("link", { name: "Back to imports" }).click();
  await chooseFiles(page, files);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(episodeCounts(page, "What would change")).toHaveText(
    ["0", "0", String(sample.episodeCount)],
    { timeout: 30_000 },
  );
  await expect(recordCounts(page, "What would change")).toHaveText(["0", "0", "1"]);
  await page.reload();
  const recent = page.getByRole("table", { name: "Recent imports" }).getByRole("row");
  await expect(recent).toHaveCount(1 + 3 + 5);
  await expect(recent.filter({ hasText: "northshire-903-" })).toHaveCount(5);
});

test("a commissioner opens need vs spend and downloads the CSV", async ({ page }) => {
  await signInByApi(page, COMMISSIONER);
  await page.goto("/analytics");
  await page.getByRole("link", { name: "Need vs spend" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Need vs spend" })).toBeVisible();
  await expect(
    page.getByRole("img", { name: "Weighted needs score against weekly cost" }),
  ).toBeVisible();
  await expect(page.getByText("Pearson’s correlation")).toBeVisible();
  await page.getByText("Show the figures as a table").click();
  await expect(
    page.getByRole("table", { name: "Needs score and weekly cost per child" }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const csvLink = page.getByRole("link", { name: "Download these figures (CSV)" });
  const [download] = await Promise.all([page.waitForEvent("download"), csvLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^need-vs-spend-\d{4}-\d{2}-\d{2}\.csv$/);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  // Every download starts with a byte-order mark, for spreadsheets.
  const [headerLine] = Buffer.concat(chunks)
    .toString("utf-8")
    .replace(/^\uFEFF/, "")
    .split("\r\n");
  // A commissioner's export has figures only: no child's id or name.
  expect(headerLine).toBe("score,weekly_cost_pence,weekly_cost_gbp,placement_type");
});

test("a practitioner changes a child's placement episode and records a support package", async ({
  page,
}) => {
  await signInByApi(page, PRACTITIONER);
  const list = await page.request.get("/api/v1/children?care_status=in_care&page_size=1");
  expect(list.ok()).toBe(true);
  const { items } = (await list.json()) as { items: { id: string }[] };
  const childId = items[0]?.id ?? "";
  await page.goto(`/children/${childId}`);
  await expect(page.getByRole("heading", { level: 2, name: "Placements" })).toBeVisible();
  await expect(page.getByText(/^Total, /)).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 2, name: "From the SSDA903 return" }),
  ).toBeVisible();
  await expect(page.getByText("Loading the return’s records…")).toBeHidden();
  await expectNoSeriousA11yViolations(page);

  await page
    .getByRole("button", { name: /^Change the episode from / })
    .first()
    .click();
  // The form starts from the episode as held.
  await expect(page.getByLabel("Placement type")).toHaveValue(/^[A-Z]\d$/);
  await page.getByLabel("Legal status").selectOption("E1");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Placement episode changed.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Placement episodes" })).toContainText(
    "E1 – Placement order granted",
  );

  await page.getByText("Record a fee or a support package").click();
  await page.getByLabel("What the cost is for").selectOption("therapy");
  await page.getByLabel("Amount in pounds").fill("120");
  await page.getByLabel("Who pays").selectOption("health");
  const start = page.getByRole("group", { name: "Start date" });
  await start.getByLabel("Day").fill("1");
  await start.getByLabel("Month").fill("1");
  await start.getByLabel("Year").fill("2026");
  await page.getByRole("button", { name: "Record cost" }).click();
  await expect(page.getByText("Cost recorded.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Support packages" })).toContainText(
    "£120.00 a week",
  );
  await expectNoSeriousA11yViolations(page);
});
