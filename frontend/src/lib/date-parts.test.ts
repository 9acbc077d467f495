import { describe, expect, it } from "vitest";

import { isoDateOf, optionalDate, partsOf, requiredDate, todayParts } from "./date-parts";

describe("isoDateOf", () => {
  it("makes an ISO date of real dates only", () => {
    expect(isoDateOf({ day: "7", month: "3", year: "2026" })).toBe("2026-03-07");
    expect(isoDateOf({ day: "29", month: "2", year: "2027" })).toBeNull();
    expect(isoDateOf({ day: "", month: "3", year: "2026" })).toBeNull();
    expect(isoDateOf({ day: "1.5", month: "3", year: "2026" })).toBeNull();
  });
});

describe("partsOf", () => {
  it("splits an ISO date into the boxes, without leading zeros", () => {
    expect(partsOf("2026-03-07")).toEqual({ day: "7", month: "3", year: "2026" });
    expect(partsOf(null)).toEqual({ day: "", month: "", year: "" });
  });
});

describe("todayParts", () => {
  it("is today in UK time", () => {
    expect(todayParts(new Date("2026-06-30T23:30:00Z"))).toEqual({
      day: "1",
      month: "7",
      year: "2026",
    });
  });
});

describe("requiredDate", () => {
  const schema = requiredDate("The date completed");
  const message = (parts: { day: string; month: string; year: string }) => {
    const result = schema.safeParse(parts);
    return result.success ? undefined : result.error.issues[0]?.message;
  };

  it("asks for a date, a whole date and a real date", () => {
    expect(message({ day: "", month: "", year: "" })).toBe("Enter the date completed");
    expect(message({ day: "3", month: "", year: "2026" })).toBe(
      "The date completed must include a day, month and year",
    );
    expect(message({ day: "31", month: "4", year: "2026" })).toBe(
      "The date completed must be a real date",
    );
    expect(message({ day: "30", month: "4", year: "2026" })).toBeUndefined();
  });
});

describe("optionalDate", () => {
  const schema = optionalDate("End date");

  it("takes nothing or a real date", () => {
    expect(schema.safeParse({ day: "", month: "", year: "" }).success).toBe(true);
    expect(schema.safeParse({ day: "29", month: "2", year: "2028" }).success).toBe(true);
    const result = schema.safeParse({ day: "29", month: "2", year: "2027" });
    expect(result.error?.issues[0]?.message).toBe("End date must be a real date");
  });
});
