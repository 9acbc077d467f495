import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { BoxPlot } from "./BoxPlot";

describe("BoxPlot", () => {
  it("draws a box per distribution and writes each row's figure, withheld rows without a box", () => {
    const { container } = render(
      <BoxPlot
        title="Scores by team"
        description="The table gives the same figures."
        max={100}
        rows={[
          {
            key: "north",
            label: "North Team",
            box: { minimum: 10, lowerQuartile: 30, median: 40, upperQuartile: 60, maximum: 90 },
            valueText: "median 40.0",
          },
          { key: "east", label: "East Team", box: null, valueText: "withheld" },
        ]}
      />,
    );
    const chart = screen.getByRole("img", { name: "Scores by team" });
    expect(chart).toHaveAccessibleDescription("The table gives the same figures.");
    const boxes = [...container.querySelectorAll("rect.app-chart__box")];
    expect(boxes).toHaveLength(1);
    // The plot runs 330 wide from x = 200: the box from 30 to 60 is 99 wide at 299.
    expect(boxes[0]).toHaveAttribute("x", "299");
    expect(boxes[0]).toHaveAttribute("width", "99");
    const values = [...container.querySelectorAll("text.app-chart__value")];
    expect(values.map((value) => value.textContent)).toEqual(["median 40.0", "withheld"]);
  });
});
