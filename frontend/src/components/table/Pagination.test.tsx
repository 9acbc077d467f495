import { describe, expect, it } from "vitest";

import { pageSlots, rangeSummary } from "./Pagination";

describe("pageSlots", () => {
  it("lists every page when there are few", () => {
    expect(pageSlots(1, 3)).toEqual([1, 2, 3]);
  });

  it("keeps the first, last and neighbours of the current page, with gaps", () => {
    expect(pageSlots(6, 12)).toEqual([1, "gap", 5, 6, 7, "gap", 12]);
    expect(pageSlots(1, 12)).toEqual([1, 2, "gap", 12]);
    expect(pageSlots(12, 12)).toEqual([1, "gap", 11, 12]);
  });

  it("never leaves a gap of one page", () => {
    expect(pageSlots(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("rangeSummary", () => {
  it("says which results are shown out of how many", () => {
    expect(rangeSummary(1, 25, 42, "users")).toBe("Showing 1 to 25 of 42 users");
    expect(rangeSummary(2, 25, 42, "users")).toBe("Showing 26 to 42 of 42 users");
    expect(rangeSummary(1, 25, 1, "user")).toBe("Showing 1 to 1 of 1 user");
    expect(rangeSummary(3, 500, 1234, "events")).toBe("Showing 1,001 to 1,234 of 1,234 events");
  });
});
