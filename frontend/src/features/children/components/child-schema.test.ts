import { describe, expect, it } from "vitest";

import { birthProblem, childSchema, EMPTY_CHILD } from "./child-schema";

describe("birthProblem", () => {
  it("accepts a child born from today back to the day after their 26th birthday", () => {
    expect(birthProblem("2026-12-07", "2026-12-07")).toBeNull();
    expect(birthProblem("2000-12-08", "2026-12-07")).toBeNull();
  });

  it("refuses a birth in the future or 26 or more years ago, saying what to check", () => {
    expect(birthProblem("2026-12-08", "2026-12-07")).toBe(
      "Date of birth must be today or in the past",
    );
    expect(birthProblem("2000-12-07", "2026-12-07")).toBe(
      "A child in care is under 26: check the year of birth",
    );
    expect(birthProblem("1995-06-01", "2026-12-07")).not.toBeNull();
  });

  it("counts a birthday on 29 February as the API does", () => {
    expect(birthProblem("2002-03-01", "2028-02-29")).toBeNull();
    expect(birthProblem("2002-02-28", "2028-02-29")).not.toBeNull();
  });
});

describe("childSchema", () => {
  it("names the date of birth when it is 30 years ago", () => {
    const year = String(new Date().getFullYear() - 30);
    const result = childSchema.safeParse({
      ...EMPTY_CHILD,
      date_of_birth: { day: "1", month: "6", year },
    });

    expect(result.success).toBe(false);
    const messages = result.error?.issues
      .filter((issue) => issue.path[0] === "date_of_birth")
      .map((issue) => issue.message);
    expect(messages).toEqual(["A child in care is under 26: check the year of birth"]);
  });
});
