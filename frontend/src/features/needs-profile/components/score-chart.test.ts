import { describe, expect, it } from "vitest";

import { scoreChart } from "./score-chart";

const BOX = { width: 600, height: 220, margin: { left: 40, right: 20, top: 20, bottom: 0 } };

describe("scoreChart", () => {
  it("spaces points by date (2024 is a leap year) and places the score on the whole 0–100 scale", () => {
    const chart = scoreChart(
      [
        { date: "2026-01-01", score: 50 },
        { date: "2024-01-01", score: 0 },
        { date: "2025-01-01", score: 100 },
      ],
      BOX,
    );
    expect(chart.points.map(({ x, y }) => [x, y])).toEqual([
      [40, 220],
      [310.4, 20],
      [580, 120],
    ]);
    expect(chart.path).toBe("M 40 220 L 310.4 20 L 580 120");
    expect(chart.yTicks.map((tick) => tick.value)).toEqual([0, 25, 50, 75, 100]);
    expect(chart.xTicks.map((tick) => tick.label)).toEqual(["2025", "2026"]);
  });

  it("puts a single assessment in the middle, with no line", () => {
    const chart = scoreChart([{ date: "2026-11-03", score: 25 }], BOX);
    expect(chart.points[0]).toMatchObject({ x: 310, y: 170 });
    expect(chart.path).toBe("");
    expect(chart.xTicks).toEqual([]);
  });
});
