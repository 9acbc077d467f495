import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { FRAMEWORK, householdMatch } from "@/test/market-fixtures";
import { NeedsCapacityOverlay } from "./NeedsCapacityOverlay";

function renderOverlay() {
  const match = householdMatch(
    "h0000000-0000-4000-8000-000000000001",
    "The Okafor household",
    [3, 1, 1],
  );
  // Sent out of framework order: the overlay puts them back in wheel order.
  return render(
    <NeedsCapacityOverlay
      framework={FRAMEWORK}
      childName="Ava Brown"
      householdName="The Okafor household"
      domains={match.domains.toReversed()}
    />,
  );
}

describe("NeedsCapacityOverlay", () => {
  it("draws the child's needs and the household's capacity on one wheel, with a key", () => {
    const { container } = renderOverlay();
    expect(
      screen.getByRole("img", {
        name: "Ava Brown’s needs with The Okafor household’s capacity",
      }),
    ).toBeVisible();
    // Needs 2, 0, 3: two shaded segments. Capacity 3, 1, 1: three outlined.
    expect(container.querySelectorAll(".app-wheel__series--filled path")).toHaveLength(2);
    expect(container.querySelectorAll("g.app-wheel__series--outlined path")).toHaveLength(3);
    const key = screen.getByRole("list", { name: "Key" });
    expect(
      within(key)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Ava Brown’s needs (shaded)", "The Okafor household’s capacity (dashed outline)"]);
  });

  it("gives the same figures as a table, each verdict in words", () => {
    renderOverlay();
    const table = screen.getByRole("table", {
      name: "Ava Brown’s needs and The Okafor household’s capacity, by domain",
    });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ["Physical health", "2 – Moderate", "3 – High", "Met"],
      ["Emotional wellbeing and mental health", "0 – No additional need", "1 – Low", "Met"],
      ["Learning and education", "3 – High", "1 – Low", "Not met2 levels short"],
    ]);
  });

  it("says when training or support would close a gap of one level", () => {
    render(
      <NeedsCapacityOverlay
        framework={FRAMEWORK}
        childName="Ava Brown"
        householdName="The Shah household"
        domains={householdMatch("h2", "The Shah household", [1, 0, 3]).domains}
      />,
    );
    const row = screen.getByRole("row", { name: /Physical health/ });
    expect(row).toHaveTextContent("Training or support needed");
    expect(row).toHaveTextContent("1 level short");
  });
});
