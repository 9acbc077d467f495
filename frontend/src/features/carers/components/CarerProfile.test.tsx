import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { PRACTITIONER_ME } from "@/test/fixtures";
import { withRole } from "@/test/role-actions";
import { FRAMEWORK, HOUSEHOLD } from "@/test/market-fixtures";
import { renderRoute } from "@/test/render-route";
import { stubFetchRoutes } from "@/test/stub-fetch";

function stubHousehold(me = PRACTITIONER_ME) {
  return stubFetchRoutes({
    "GET /api/v1/auth/me": { status: 200, body: me },
    [`GET /api/v1/carers/${HOUSEHOLD.id}`]: { status: 200, body: HOUSEHOLD },
    "GET /api/v1/frameworks/current": { status: 200, body: FRAMEWORK },
  });
}

describe("a carer's page", () => {
  it("shows the capacity wheel with the same levels and evidence as a table", async () => {
    stubHousehold();
    renderRoute(`/carers/${HOUSEHOLD.id}`);
    expect(
      await screen.findByRole(
        "heading",
        { level: 1, name: "The Okafor household" },
        { timeout: 5000 },
      ),
    ).toBeVisible();
    expect(
      screen.getByRole("img", { name: "The Okafor household’s capacity wheel" }),
    ).toBeVisible();
    const table = screen.getByRole("table", {
      name: "The Okafor household’s capacity by domain, from 1 March 2026",
    });
    expect(within(table).getByRole("row", { name: /Physical health/ })).toHaveTextContent(
      "3 – HighTrained in diabetes care.",
    );
  });

  it("shows the terms, vacancies, fee, history and training", async () => {
    stubHousehold();
    renderRoute(`/carers/${HOUSEHOLD.id}`);
    await screen.findByRole("heading", { level: 1, name: "The Okafor household" });
    expect(screen.getByText("1 of 2 places free")).toBeVisible();
    expect(screen.getByText("£625.50 a week")).toBeVisible();
    expect(screen.getByText("English, Yoruba")).toBeVisible();
    expect(screen.getByRole("heading", { name: "From 1 March 2026 (current)" })).toBeVisible();
    expect(screen.getByText("Physical health: 2 to 3 (up)")).toBeVisible();
    expect(screen.getByRole("cell", { name: "Diabetes care for carers" })).toBeVisible();
    expect(screen.getByRole("link", { name: /Edit details/ })).toHaveAttribute(
      "href",
      `/carers/${HOUSEHOLD.id}/edit`,
    );
    expect(screen.getByRole("button", { name: "Update capacity" })).toHaveAttribute(
      "href",
      `/carers/${HOUSEHOLD.id}/capacity`,
    );
    expect(screen.getByRole("button", { name: "Record training" })).toBeVisible();
  });

  it("lets a commissioner read but not change", async () => {
    stubHousehold(withRole(PRACTITIONER_ME, "commissioner"));
    renderRoute(`/carers/${HOUSEHOLD.id}`);
    await screen.findByRole("heading", { level: 1, name: "The Okafor household" });
    expect(screen.queryByRole("link", { name: /Edit details/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Update capacity" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Record training" })).not.toBeInTheDocument();
  });
});
