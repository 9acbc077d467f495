import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { niceCeiling, position, ScatterChart } from "./ScatterChart";

describe("niceCeiling", () => {
  it("rounds an axis up to five round steps", () => {
    expect(niceCeiling(100)).toBe(100);
    expect(niceCeiling(73)).toBe(100);
    expect(niceCeiling(420_000)).toBe(500_000);
    expect(niceCeiling(0.3)).toBe(0.5);
  });

  it("gives a usable axis for no data", () => {
    expect(niceCeiling(0)).toBe(5);
    expect(niceCeiling(Number.NaN)).toBe(5);
  });
});

describe("position", () => {
  it("is in proportion along the axis, clamped to it", () => {
    expect(position(50, 100, 300)).toBe(150);
    expect(position(150, 100, 300)).toBe(300);
    expect(position(-5, 100, 300)).toBe(0);
    expect(position(5, 0, 300)).toBe(0);
  });
});

describe("ScatterChart", () => {
  it("is an image named by its title, one labelled point per item", () => {
    const { container } = render(
      <ScatterChart
        title="Need against cost"
        description="The table below gives the same figures."
        x={{ label: "Score", format: String, atLeast: 100 }}
        y={{ label: "Cost", format: (value) => `£${String(value)}` }}
        points={[
          { key: "a", x: 20, y: 500, label: "Child 1: score 20" },
          { key: "b", x: 80, y: 4000, label: "Child 2: score 80" },
        ]}
      />,
    );
    const chart = screen.getByRole("img", { name: "Need against cost" });
    expect(chart).toHaveAccessibleDescription("The table below gives the same figures.");
    const points = [...container.querySelectorAll("circle")];
    expect(points.map((point) => point.textContent)).toEqual([
      "Child 1: score 20",
      "Child 2: score 80",
    ]);
    expect(screen.getByText("£5000")).toBeInTheDocument();
  });
});
