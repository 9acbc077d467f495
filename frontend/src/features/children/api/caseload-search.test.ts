import { describe, expect, it } from "vitest";

import { caseloadQueryFrom, isFiltered, PAGE_SIZE, searchFor } from "./caseload-search";

const TEAM = "05dbf7a7-f51b-4e1f-bb6d-bd926236c4e2";

function from(search: string) {
  return caseloadQueryFrom(new URLSearchParams(search));
}

describe("caseloadQueryFrom", () => {
  it("starts from the whole caseload by family name, first page", () => {
    expect(from("")).toEqual({
      q: undefined,
      team_id: undefined,
      care_status: undefined,
      placement_type: undefined,
      score_min: undefined,
      score_max: undefined,
      not_assessed_in_months: undefined,
      sort: "family_name",
      page: 1,
      page_size: PAGE_SIZE,
    });
  });

  it("reads every filter, the sort and the page from the address", () => {
    expect(
      from(
        `q=+ava+&team_id=${TEAM}&care_status=edge_of_care&placement_type=k2&score_min=20&score_max=60&not_assessed_in_months=6&sort=-latest_score&page=3`,
      ),
    ).toEqual({
      q: "ava",
      team_id: TEAM,
      care_status: "edge_of_care",
      placement_type: "K2",
      score_min: 20,
      score_max: 60,
      not_assessed_in_months: 6,
      sort: "-latest_score",
      page: 3,
      page_size: PAGE_SIZE,
    });
  });

  it.each([
    ["team_id=north", "team_id"],
    ["care_status=adopted", "care_status"],
    ["placement_type=foster", "placement_type"],
    ["score_min=-5", "score_min"],
    ["score_max=101", "score_max"],
    ["score_min=12.5", "score_min"],
    ["not_assessed_in_months=0", "not_assessed_in_months"],
    ["q=%20%20", "q"],
  ] as const)("drops a malformed %s", (search, field) => {
    expect(from(search)[field]).toBeUndefined();
  });

  it("falls back to the default sort and the first page", () => {
    const query = from("sort=shoe_size&page=0");
    expect(query.sort).toBe("family_name");
    expect(query.page).toBe(1);
    expect(from("page=abc").page).toBe(1);
  });

  it("keeps a score of 0, which is a real bound", () => {
    expect(from("score_min=0").score_min).toBe(0);
  });
});

describe("searchFor", () => {
  it("writes nothing for the defaults", () => {
    expect(searchFor(from(""))).toBe("");
  });

  it("round-trips every filter through the address", () => {
    const search = `?q=ava&team_id=${TEAM}&care_status=in_care&placement_type=U6&score_min=0&score_max=40&not_assessed_in_months=6&sort=-last_assessed_on&page=2`;
    expect(searchFor(from(search))).toBe(search);
  });

  it("leaves out the first page and the default sort", () => {
    expect(searchFor({ ...from(""), page: 1, sort: "family_name", q: "kai" })).toBe("?q=kai");
  });
});

describe("isFiltered", () => {
  it("is false for sorting and paging alone", () => {
    expect(isFiltered(from("sort=-latest_score&page=4"))).toBe(false);
  });

  it("is true for any filter, even a score bound of 0", () => {
    expect(isFiltered(from("score_min=0"))).toBe(true);
    expect(isFiltered(from("not_assessed_in_months=6"))).toBe(true);
  });
});
