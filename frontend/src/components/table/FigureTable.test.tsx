import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { FigureTable } from "./FigureTable";

describe("FigureTable", () => {
  it("is a table named by its caption, a heading per row and its figures after", () => {
    render(
      <FigureTable
        caption="Moves by year"
        headings={["Year", "Moves"]}
        rows={[
          { key: "2025", label: "2025", figures: ["12"] },
          { key: "2026", label: "2026", figures: ["fewer than 5"] },
        ]}
      />,
    );
    const table = screen.getByRole("table", { name: "Moves by year" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((cell) => cell.textContent),
    ).toEqual(["Year", "Moves"]);
    expect(within(table).getByRole("rowheader", { name: "2026" }).nextSibling).toHaveTextContent(
      "fewer than 5",
    );
  });
});
