import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { OverlayWheel } from "./OverlayWheel";

const DOMAINS = [
  { key: "physical_health", name: "Physical health" },
  { key: "emotional_wellbeing", name: "Emotional wellbeing and mental health" },
  { key: "learning_and_education", name: "Learning and education" },
];

function renderWheel() {
  return render(
    <OverlayWheel
      title="Ava’s needs and the Okafor household’s capacity"
      description="The table below gives the same levels."
      domains={DOMAINS}
      series={[
        {
          key: "need",
          label: "Ava’s needs",
          variant: "filled",
          levels: { physical_health: 2, emotional_wellbeing: 0, learning_and_education: 4 },
        },
        {
          key: "capacity",
          label: "The Okafor household’s capacity",
          variant: "outlined",
          levels: { physical_health: 3, emotional_wellbeing: 1 },
        },
      ]}
    />,
  );
}

describe("OverlayWheel", () => {
  it("is one image named by its title and described by its description", () => {
    renderWheel();
    const image = screen.getByRole("img", {
      name: "Ava’s needs and the Okafor household’s capacity",
    });
    expect(image).toHaveAccessibleDescription("The table below gives the same levels.");
  });

  it("draws a segment per domain level above 0, the needs shaded and the capacity outlined", () => {
    const { container } = renderWheel();
    const filled = container.querySelectorAll("g.app-wheel__series--filled path");
    const outlined = container.querySelectorAll("g.app-wheel__series--outlined path");
    // Needs: 2 and 4 (level 0 draws nothing). Capacity: 3 and 1 (a missing domain is 0).
    expect(filled).toHaveLength(2);
    expect(outlined).toHaveLength(2);
    // The capacity is drawn after the needs, so its outline is on top.
    const groups = [...container.querySelectorAll("g.app-wheel__series")];
    expect(groups.map((group) => group.getAttribute("class"))).toEqual([
      "app-wheel__series app-wheel__series--filled",
      "app-wheel__series app-wheel__series--outlined",
    ]);
  });

  it("labels every domain, wrapping long names", () => {
    const { container } = renderWheel();
    const labels = [...container.querySelectorAll("text.app-wheel__label")];
    expect(labels.map((label) => [...label.children].map((line) => line.textContent))).toEqual([
      ["Physical health"],
      ["Emotional", "wellbeing and", "mental health"],
      ["Learning and", "education"],
    ]);
  });

  it("has a key naming each profile and how it is drawn, in words", () => {
    renderWheel();
    const key = screen.getByRole("list", { name: "Key" });
    expect(
      within(key)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Ava’s needs (shaded)", "The Okafor household’s capacity (dashed outline)"]);
  });
});
