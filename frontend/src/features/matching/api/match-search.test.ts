import { describe, expect, it } from "vitest";

import {
  DEFAULT_FILTERS,
  matchFiltersFrom,
  matchQueryFor,
  milesToKm,
  searchForMatches,
} from "./match-search";

const from = (search: string) => matchFiltersFrom(new URLSearchParams(search));

describe("matchFiltersFrom", () => {
  it("gives the defaults for an address without filters", () => {
    expect(from("")).toEqual(DEFAULT_FILTERS);
  });

  it("reads every filter from the address", () => {
    expect(
      from(
        "placement_type=short_term&max_miles=20&siblings=2&in_house_only=yes&include_excluded=yes&limit=50",
      ),
    ).toEqual({
      placementType: "short_term",
      maxMiles: 20,
      siblings: 2,
      inHouseOnly: true,
      includeExcluded: true,
      limit: 50,
    });
  });

  it("falls back to the default for anything it does not know", () => {
    expect(
      from(
        "placement_type=forever&max_miles=7&siblings=9&in_house_only=true&include_excluded=1&limit=1000",
      ),
    ).toEqual(DEFAULT_FILTERS);
    expect(from("max_miles=-5&siblings=1.5")).toEqual(DEFAULT_FILTERS);
  });
});

describe("searchForMatches", () => {
  it("writes only what differs from the defaults", () => {
    expect(searchForMatches(DEFAULT_FILTERS)).toBe("");
    expect(searchForMatches({ ...DEFAULT_FILTERS, maxMiles: 10, inHouseOnly: true })).toBe(
      "?max_miles=10&in_house_only=yes",
    );
  });

  it("round-trips through the address", () => {
    const filters = {
      placementType: "emergency",
      maxMiles: 50,
      siblings: 3,
      inHouseOnly: false,
      includeExcluded: true,
      limit: 100,
    } as const;
    expect(from(searchForMatches(filters).slice(1))).toEqual(filters);
  });
});

describe("matchQueryFor", () => {
  it("asks the API in kilometres, leaving out a distance limit not chosen", () => {
    expect(matchQueryFor(DEFAULT_FILTERS)).toEqual({
      placement_type: "long_term",
      siblings: 1,
      in_house_only: false,
      include_excluded: false,
      limit: 20,
    });
    expect(matchQueryFor({ ...DEFAULT_FILTERS, maxMiles: 10, siblings: 2 })).toMatchObject({
      max_distance_km: 16.093,
      siblings: 2,
    });
  });

  it("converts miles exactly enough", () => {
    expect(milesToKm(100)).toBe(160.934);
    expect(milesToKm(5)).toBe(8.047);
  });
});
