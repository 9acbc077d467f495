import { describe, expect, it } from "vitest";

import { starPath, strengthMark, strengthMarkers, wheelSummary } from "./profile-wheel";
import { labelPlacement, levelRadius, segmentAngles, segmentPath } from "./wheel-geometry";

const DOMAINS = Array.from({ length: 12 }, (_, index) => ({
  key: `d${String(index)}`,
  name: `Domain ${String(index)}`,
}));

const levelText = (level: number) =>
  `${String(level)} – ${["None", "Low", "Moderate", "High", "Very high"][level] ?? ""}`;

describe("the wheel's geometry", () => {
  it("divides the circle into 12 equal segments clockwise from the top", () => {
    expect(segmentAngles(0, 12).start).toBe(0);
    expect(segmentAngles(3, 12).start).toBeCloseTo(Math.PI / 2);
    expect(segmentAngles(11, 12).end).toBeCloseTo(2 * Math.PI);
  });

  it("draws a level outwards from the hub, nothing for level 0", () => {
    const size = { hub: 18, rim: 150 };
    expect(levelRadius(0, size)).toBe(18);
    expect(levelRadius(4, size)).toBe(150);
    expect(levelRadius(2, size)).toBe(84);
    expect(segmentPath(0, 12, 0, size)).toBe("");
    // Level 4 in the first segment: from the top at the hub out to the rim and round.
    expect(segmentPath(0, 12, 4, size)).toBe(
      "M 0 -18 L 0 -150 A 150 150 0 0 1 75 -129.9 L 9 -15.59 A 18 18 0 0 0 0 -18 Z",
    );
  });

  it("puts labels on the right starting there, on the left ending there, at the top centred", () => {
    expect(labelPlacement(0, 12, 166).anchor).toBe("start");
    expect(labelPlacement(2, 12, 166).anchor).toBe("start");
    expect(labelPlacement(8, 12, 166).anchor).toBe("end");
    expect(labelPlacement(0, 2, 166).anchor).toBe("start");
    expect(labelPlacement(0, 1, 166).anchor).toBe("middle");
  });
});

describe("strength markers", () => {
  it("marks useful and centrepiece strengths only", () => {
    expect(["none", "emerging", "useful", "centrepiece", null].map(strengthMark)).toEqual([
      undefined,
      undefined,
      "useful",
      "centrepiece",
      undefined,
    ]);
  });

  it("places each marker in the middle of its domain's segment", () => {
    const markers = strengthMarkers(
      DOMAINS,
      { d0: "useful", d3: "centrepiece", d5: "emerging" },
      100,
    );
    expect(markers).toEqual([
      { key: "d0", mark: "useful", x: 25.88, y: -96.59 },
      { key: "d3", mark: "centrepiece", x: 96.59, y: 25.88 },
    ]);
  });

  it("draws a closed ten-point star around its centre", () => {
    const path = starPath({ x: 10, y: 10 }, 5);
    expect(path.startsWith("M 10 5 L ")).toBe(true);
    expect(path.match(/L /g)).toHaveLength(9);
    expect(path.endsWith(" Z")).toBe(true);
  });
});

describe("wheelSummary", () => {
  it("names the highest need and where, the actionable count, strengths and the outline", () => {
    const levels = Object.fromEntries(DOMAINS.map((domain, index) => [domain.key, index % 3]));
    levels.d4 = 4;
    levels.d7 = 4;
    expect(
      wheelSummary({
        domains: DOMAINS,
        levels,
        strengths: { d1: "centrepiece", d2: "useful", d3: "emerging" },
        levelText,
        comparisonLabel: "the assessment of 20 September 2024",
      }),
    ).toBe(
      "Needs wheel of 12 domains. Highest need: 4 – Very high, in Domain 4 and Domain 7. " +
        "6 of 12 domains at level 2 or more. Strengths marked in Domain 1 and Domain 2. " +
        "The dashed outline shows the assessment of 20 September 2024. " +
        "The table that follows gives every domain.",
    );
  });

  it("says when there are no levels yet", () => {
    expect(wheelSummary({ domains: DOMAINS, levels: {}, strengths: {}, levelText })).toBe(
      "Needs wheel: no levels recorded yet.",
    );
  });
});
