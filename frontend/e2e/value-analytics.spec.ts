import { expect, test } from "@playwright/test";

import { signInByApi } from "./api-sign-in";
import { expectNoSeriousA11yViolations } from "./axe";
import { COMMISSIONER } from "./demo-accounts";

test("a commissioner opens the value summary, cohort comparison and edge of care", async ({
  page,
}) => {
  await signInByApi(page, COMMISSIONER);
  await page.goto("/analytics");
  await page.getByRole("link", { name: "Value summary" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Value summary" })).toBeVisible();
  await expect(page.getByText("Weekly spend", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download these figures (CSV)" })).toHaveAttribute(
    "href",
    "/api/v1/analytics/value-summary?format=csv",
  );
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Back to analytics" }).click();
  await page.getByRole("link", { name: "Cohort comparison" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cohort comparison" })).toBeVisible();
  await page.getByLabel("Compare by").selectOption("age_band");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/group_by=age_band/);
  await expect(page.getByRole("img", { name: "Weighted needs scores by age band" })).toBeVisible();
  await page.getByText("Show the figures as a table").click();
  const table = page.getByRole("table", { name: "Weighted needs scores by age band" });
  await expect(table.getByRole("rowheader", { name: "All children" })).toBeVisible();
  // A commissioner sees groups, never a child.
  await expect(table.getByRole("link")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Back to analytics" }).click();
  await page.getByRole("link", { name: "Edge of care" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edge of care" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Weekly costs assumed" })).toBeVisible();
  // However small the demo cohort, the page either profiles it or says why it cannot.
  await expect(
    page
      .getByText("What a month’s delay of entry to care avoids")
      .or(page.getByText(/on the edge of care match these filters, so nothing is shown/))
      .or(page.getByText("No child on the edge of care matches these filters.")),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Save weekly costs" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
