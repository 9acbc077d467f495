import { describe, expect, it } from "vitest";

import { auditFilterSchema, isoDateOf, partsOf } from "./audit-filter-schema";

const EMPTY = { day: "", month: "", year: "" };
const base = { user_id: "", action: "", outcome: "", child_id: "", from: EMPTY, to: EMPTY };

function messages(values: Partial<typeof base>) {
  const result = auditFilterSchema.safeParse({ ...base, ...values });
  return result.success
    ? []
    : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
}

describe("isoDateOf", () => {
  it("makes a date from the three boxes", () => {
    expect(isoDateOf({ day: "7", month: "3", year: "2026" })).toBe("2026-03-07");
  });

  it("refuses a date that does not exist", () => {
    expect(isoDateOf({ day: "30", month: "2", year: "2026" })).toBeNull();
    expect(isoDateOf({ day: "1", month: "13", year: "2026" })).toBeNull();
    expect(isoDateOf({ day: "x", month: "1", year: "2026" })).toBeNull();
  });

  it("round-trips through partsOf", () => {
    expect(isoDateOf(partsOf("2026-11-23"))).toBe("2026-11-23");
  });
});

describe("the audit filters", () => {
  it("accept nothing at all", () => {
    expect(messages({})).toEqual([]);
  });

  it("want a whole date, a real one, and the range the right way round", () => {
    expect(messages({ from: { day: "1", month: "", year: "2026" } })).toEqual([
      ["from", "The date from must include a day, month and year"],
    ]);
    expect(messages({ to: { day: "31", month: "4", year: "2026" } })).toEqual([
      ["to", "The date to must be a real date between 2000 and 2999"],
    ]);
    expect(
      messages({
        from: { day: "2", month: "1", year: "2026" },
        to: { day: "1", month: "1", year: "2026" },
      }),
    ).toEqual([["to", "The date to must be the same as or after the date from"]]);
  });

  it("want a child ID in the form Kindred shows it", () => {
    expect(messages({ child_id: "child 42" })).toHaveLength(1);
    expect(messages({ child_id: " 3f2b8c1e-0d4a-4c7e-9a55-2b1f6e0c9d12 " })).toEqual([]);
  });
});
