import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { PRACTITIONER_ME } from "@/test/fixtures";
import { withRole } from "@/test/role-actions";
import { HOUSEHOLD } from "@/test/market-fixtures";
import { currentPath, renderRoute } from "@/test/render-route";
import { type StubRoute, stubFetchRoutes } from "@/test/stub-fetch";

const ITEM = {
  id: HOUSEHOLD.id,
  reference: HOUSEHOLD.reference,
  name: HOUSEHOLD.name,
  agency: null,
  in_house: true,
  status: HOUSEHOLD.status,
  terms: HOUSEHOLD.terms,
  vacancies: HOUSEHOLD.vacancies,
  postcode: HOUSEHOLD.postcode,
  weekly_fee_pence: HOUSEHOLD.weekly_fee_pence,
  capacity: HOUSEHOLD.capacity,
  capacity_from: HOUSEHOLD.capacity_from,
};

function stubCarers(carers: StubRoute, me = PRACTITIONER_ME) {
  return stubFetchRoutes({
    "GET /api/v1/auth/me": { status: 200, body: me },
    "GET /api/v1/carers": carers,
  });
}

function carerRequests(fetch: ReturnType<typeof stubFetchRoutes>) {
  return fetch.mock.calls
    .map(([request]) => new URL(request.url))
    .filter((url) => url.pathname === "/api/v1/carers");
}

describe("the carers list", () => {
  it("says it is loading", async () => {
    stubCarers("pending");
    renderRoute("/carers");
    expect(await screen.findByText("Loading households…", {}, { timeout: 5000 })).toHaveAttribute(
      "role",
      "status",
    );
  });

  it("lists households with their terms, vacancies, fee and capacity date", async () => {
    stubCarers({ status: 200, body: { items: [ITEM], total: 1, page: 1, page_size: 25 } });
    renderRoute("/carers");
    const table = await screen.findByRole("table", { name: "Fostering households" });
    const row = within(table).getAllByRole("row")[1];
    expect([...(row?.children ?? [])].map((cell) => cell.textContent)).toEqual([
      "The Okafor householdNO-FC-001",
      "In-house",
      "Active",
      "0 to 17 yearsLong-term, Siblings",
      "1 of 2",
      "£625.50 a week",
      "From 1 March 2026",
    ]);
    expect(within(table).getByRole("link", { name: "The Okafor household" })).toHaveAttribute(
      "href",
      `/carers/${HOUSEHOLD.id}`,
    );
    expect(screen.getByRole("button", { name: "Add a household" })).toBeVisible();
  });

  it("filters by text, status, provider, approval and vacancy, kept in the address", async () => {
    const fetch = stubCarers({
      status: 200,
      body: { items: [], total: 0, page: 1, page_size: 25 },
    });
    const { router } = renderRoute("/carers?page=2");
    const filters = await screen.findByRole("search", { name: "Filter households" });
    const user = userEvent.setup();
    await user.type(within(filters).getByLabelText("Household name or reference"), "okafor");
    await user.selectOptions(within(filters).getByLabelText("Status"), "active");
    await user.selectOptions(within(filters).getByLabelText("Provider"), "no");
    await user.selectOptions(within(filters).getByLabelText("Approved for"), "siblings");
    await user.click(within(filters).getByLabelText("Only households with a vacancy"));
    await user.click(within(filters).getByRole("button", { name: "Apply filters" }));

    await waitFor(() => {
      expect(currentPath(router)).toBe(
        "/carers?q=okafor&status=active&in_house=no&approved_type=siblings&with_vacancy=yes",
      );
    });
    await waitFor(() => {
      expect(Object.fromEntries(carerRequests(fetch).at(-1)?.searchParams ?? [])).toEqual({
        q: "okafor",
        status: "active",
        in_house: "false",
        approved_type: "siblings",
        with_vacancy: "true",
        page: "1",
        page_size: "25",
      });
    });
    expect(await screen.findByText(/No households match these filters/)).toBeVisible();
  });

  it("offers a commissioner no way to add a household", async () => {
    stubCarers(
      { status: 200, body: { items: [ITEM], total: 1, page: 1, page_size: 25 } },
      withRole(PRACTITIONER_ME, "commissioner"),
    );
    renderRoute("/carers");
    await screen.findByRole("table", { name: "Fostering households" });
    expect(screen.queryByRole("button", { name: "Add a household" })).not.toBeInTheDocument();
  });
});
