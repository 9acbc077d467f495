import { describe, expect, it } from "vitest";

import { formatPence, formatWeeklyFee, penceToPoundsText, poundsToPence } from "./money";

describe("formatPence", () => {
  it.each([
    [0, "£0.00"],
    [5, "£0.05"],
    [62_550, "£625.50"],
    [123_456_789, "£1,234,567.89"],
    [-4_200, "−£42.00"],
  ])("shows %i pence as %s", (pence, text) => {
    expect(formatPence(pence)).toBe(text);
  });

  it("refuses a fraction of a penny", () => {
    expect(() => formatPence(1.5)).toThrow(RangeError);
  });
});

describe("formatWeeklyFee", () => {
  it("quotes the fee per week", () => {
    expect(formatWeeklyFee(82_000)).toBe("£820.00 a week");
  });
});

describe("poundsToPence", () => {
  it.each([
    ["625", 62_500],
    ["625.5", 62_550],
    ["£625.50", 62_550],
    [" 1,250.05 ", 125_005],
    ["0.10", 10],
  ])("reads %j as %i pence", (text, pence) => {
    expect(poundsToPence(text)).toBe(pence);
  });

  it.each([[""], ["12.345"], ["abc"], ["-5"], ["1,25"], ["£"]])("refuses %j", (text) => {
    expect(poundsToPence(text)).toBeUndefined();
  });
});

describe("penceToPoundsText", () => {
  it("writes pounds with two decimals, for a form field", () => {
    expect(penceToPoundsText(62_550)).toBe("625.50");
    expect(penceToPoundsText(7)).toBe("0.07");
  });
});
