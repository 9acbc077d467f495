import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { PRACTITIONER_ME } from "@/test/fixtures";
import { withRole } from "@/test/role-actions";
import { renderRoute } from "@/test/render-route";
import { stubFetchRoutes } from "@/test/stub-fetch";
import { VALUE_SUMMARY } from "./value-analytics-fixtures";

const COMMISSIONER_ME = withRole(PRACTITIONER_ME, "commissioner");

describe("value summary", () => {
  it("gives every figure, money exact to the penny, and says which are withheld", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: COMMISSIONER_ME },
      "GET /api/v1/analytics/value-summary": { status: 200, body: VALUE_SUMMARY },
    });
    renderRoute("/analytics/value-summary");
    const figure = async (label: string) =>
      (await screen.findByText(label, {}, { timeout: 5000 })).nextElementSibling;
    expect(await figure("Weekly spend")).toHaveTextContent("£123,456.78");
    expect(await figure("Annual spend (weekly spend × 52)")).toHaveTextContent("£6,419,752.56");
    expect(await figure("Cost per need point")).toHaveTextContent("£93.21 a week");
    expect(await figure("Step-down saving a year (indicative)")).toHaveTextContent("£988,000.01");
    expect(await figure("Children on the edge of care")).toHaveTextContent("fewer than 5");
    expect(screen.getByText(/fewer than 5 children its figures are withheld/)).toBeVisible();
    expect(screen.getByRole("link", { name: "Download these figures (CSV)" })).toHaveAttribute(
      "href",
      "/api/v1/analytics/value-summary?format=csv",
    );
  });

  it("shows the API's problem when the figures cannot be had", async () => {
    stubFetchRoutes({
      "GET /api/v1/auth/me": { status: 200, body: COMMISSIONER_ME },
      "GET /api/v1/analytics/value-summary": {
        status: 403,
        body: { type: "about:blank", title: "Forbidden", status: 403, detail: "Not for you." },
      },
    });
    renderRoute("/analytics/value-summary");
    expect(await screen.findByRole("alert", {}, { timeout: 5000 })).toHaveTextContent(
      "Not for you.",
    );
  });
});
