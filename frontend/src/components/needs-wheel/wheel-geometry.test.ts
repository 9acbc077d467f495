import { describe, expect, it } from "vitest";

import {
  labelPlacement,
  levelRadius,
  polar,
  ringRadii,
  segmentAngles,
  segmentPath,
  wrapLabel,
} from "./wheel-geometry";

const SIZE = { hub: 20, rim: 140 };

describe("segmentAngles", () => {
  it("divides the circle evenly, the first segment starting at the top", () => {
    const first = segmentAngles(0, 12);
    expect(first.start).toBe(0);
    expect(first.end).toBeCloseTo(Math.PI / 6);
    expect(first.middle).toBeCloseTo(Math.PI / 12);
    expect(segmentAngles(11, 12).end).toBeCloseTo(2 * Math.PI);
  });

  it("refuses a segment that is not there", () => {
    expect(() => segmentAngles(12, 12)).toThrow(RangeError);
    expect(() => segmentAngles(0, 0)).toThrow(RangeError);
  });
});

describe("polar", () => {
  it("goes clockwise from 12 o'clock, with y growing downwards as in SVG", () => {
    expect(polar(0, 10)).toEqual({ x: 0, y: -10 });
    expect(polar(Math.PI / 2, 10)).toEqual({ x: 10, y: 0 });
    expect(polar(Math.PI, 10)).toEqual({ x: 0, y: 10 });
    expect(polar((3 * Math.PI) / 2, 10)).toEqual({ x: -10, y: 0 });
  });
});

describe("levelRadius", () => {
  it("puts level 0 at the hub, 4 at the rim and the others evenly between", () => {
    expect([0, 1, 2, 3, 4].map((level) => levelRadius(level, SIZE))).toEqual([
      20, 50, 80, 110, 140,
    ]);
  });

  it("keeps a level outside 0–4 on the wheel", () => {
    expect(levelRadius(-1, SIZE)).toBe(20);
    expect(levelRadius(7, SIZE)).toBe(140);
  });

  it("gives a ring for each level above 0", () => {
    expect(ringRadii(SIZE)).toEqual([50, 80, 110, 140]);
  });
});

describe("segmentPath", () => {
  it("draws nothing for level 0", () => {
    expect(segmentPath(3, 12, 0, SIZE)).toBe("");
  });

  it("draws a ring sector from the hub out to the level", () => {
    // A quarter of the wheel, level 4: from the top round to 3 o'clock.
    expect(segmentPath(0, 4, 4, SIZE)).toBe(
      "M 0 -20 L 0 -140 A 140 140 0 0 1 140 0 L 20 0 A 20 20 0 0 0 0 -20 Z",
    );
  });

  it("reaches further out for a higher level, in the same segment", () => {
    const low = segmentPath(1, 4, 1, SIZE);
    const high = segmentPath(1, 4, 3, SIZE);
    expect(low).toContain("A 50 50 0 0 1 0 50");
    expect(high).toContain("A 110 110 0 0 1 0 110");
  });
});

describe("labelPlacement", () => {
  it("centres a label straight above or below the wheel", () => {
    // One segment's middle is at 6 o'clock.
    expect(labelPlacement(0, 1, 100)).toEqual({ x: 0, y: 100, anchor: "middle" });
  });

  it("runs side labels away from the wheel", () => {
    expect(labelPlacement(2, 12, 100).anchor).toBe("start");
    expect(labelPlacement(8, 12, 100).anchor).toBe("end");
    // Just right of the top: still starts there and runs right.
    expect(labelPlacement(0, 12, 100)).toMatchObject({ x: 25.88, y: -96.59, anchor: "start" });
  });
});

describe("wrapLabel", () => {
  it("wraps at spaces within the width", () => {
    expect(wrapLabel("Emotional wellbeing and mental health", 17)).toEqual([
      "Emotional",
      "wellbeing and",
      "mental health",
    ]);
    expect(wrapLabel("Physical health", 17)).toEqual(["Physical health"]);
  });

  it("keeps a word longer than the width whole, on its own line", () => {
    expect(wrapLabel("a supercalifragilistic word", 10)).toEqual([
      "a",
      "supercalifragilistic",
      "word",
    ]);
  });
});
