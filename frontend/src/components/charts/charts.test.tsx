import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { BarChart, barLength } from "./BarChart";
import { heatColour, HeatGrid, textColourFor } from "./HeatGrid";

describe("barLength", () => {
  it("is in proportion to the largest value", () => {
    expect(barLength(10, 10, 300)).toBe(300);
    expect(barLength(5, 10, 300)).toBe(150);
    expect(barLength(1, 3, 100)).toBe(33.33);
  });

  it("is nothing for a withheld, zero or negative figure", () => {
    expect(barLength(null, 10, 300)).toBe(0);
    expect(barLength(0, 10, 300)).toBe(0);
    expect(barLength(-2, 10, 300)).toBe(0);
    expect(barLength(4, 0, 300)).toBe(0);
  });
});

describe("BarChart", () => {
  it("is an image named by its title, with each figure written beside its bar", () => {
    const { container } = render(
      <BarChart
        title="Children who would gain a household"
        description="The table below gives the same figures."
        bars={[
          { key: "a", label: "Physical health", value: 12, valueText: "12" },
          { key: "b", label: "Learning", value: null, valueText: "fewer than 5" },
        ]}
      />,
    );
    expect(screen.getByRole("img", { name: "Children who would gain a household" })).toBeVisible();
    expect(container.querySelectorAll("rect.app-chart__bar")).toHaveLength(1);
    const values = [...container.querySelectorAll("text.app-chart__value")];
    expect(values.map((value) => value.textContent)).toEqual(["12", "fewer than 5"]);
  });
});

describe("heat colours", () => {
  it("runs from light grey to red, clamped", () => {
    expect(heatColour(0)).toBe("rgb(243, 242, 241)");
    expect(heatColour(1)).toBe("rgb(212, 53, 28)");
    expect(heatColour(7)).toBe(heatColour(1));
  });

  it("puts light text on dark cells only", () => {
    expect(textColourFor(0.9)).toBe("light");
    expect(textColourFor(0.2)).toBe("dark");
    expect(textColourFor(null)).toBe("dark");
  });
});

describe("HeatGrid", () => {
  it("writes every cell's figure, hatching withheld ones", () => {
    const { container } = render(
      <HeatGrid
        title="Need against places"
        description="The table below gives the same figures."
        rowLabels={["Physical health"]}
        columnLabels={["Level 1", "Level 2"]}
        cells={[
          [
            { intensity: 0.2, text: "10 / 50" },
            { intensity: null, text: "fewer than 5" },
          ],
        ]}
      />,
    );
    expect(screen.getByRole("img", { name: "Need against places" })).toBeVisible();
    const texts = [...container.querySelectorAll("text.app-chart__cell-text")];
    expect(texts.map((text) => text.textContent)).toEqual(["10 / 50", "fewer than 5"]);
    const fills = [...container.querySelectorAll("rect.app-chart__cell")].map((rect) =>
      rect.getAttribute("fill"),
    );
    expect(fills[0]).toBe(heatColour(0.2));
    expect(fills[1]).toMatch(/^url\(#/);
  });
});
