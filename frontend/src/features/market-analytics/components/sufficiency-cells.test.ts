import { describe, expect, it } from "vitest";

import { gapText, pressure, sufficiencyCell } from "./sufficiency-cells";

const level = (children: number | null, places: number) => ({
  level: 2,
  children,
  suppressed: children === null,
  households: 3,
  places,
  vacancies: 1,
  places_gap: children === null ? null : children - places,
});

describe("sufficiency cells", () => {
  it("measures pressure as children per place able, at most 1", () => {
    expect(pressure(level(10, 40))).toBe(0.25);
    expect(pressure(level(50, 40))).toBe(1);
    expect(pressure(level(6, 0))).toBe(1);
    expect(pressure(level(0, 0))).toBe(0);
    expect(pressure(level(null, 40))).toBeNull();
  });

  it("writes the figures in the cell and outlines a shortfall", () => {
    expect(sufficiencyCell(level(12, 30))).toEqual({
      intensity: 0.4,
      text: "12 / 30",
      emphasis: false,
    });
    expect(sufficiencyCell(level(31, 30))).toMatchObject({ text: "31 / 30", emphasis: true });
    expect(sufficiencyCell(level(null, 1200))).toEqual({
      intensity: null,
      text: "<5 / 1,200",
      emphasis: false,
    });
  });

  it("says what the gap means", () => {
    expect(gapText(level(31, 30))).toBe("Shortfall of 1");
    expect(gapText(level(30, 30))).toBe("Just enough");
    expect(gapText(level(12, 30))).toBe("18 to spare");
    expect(gapText(level(null, 30))).toBe("Withheld");
  });
});
