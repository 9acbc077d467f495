import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { ProfileWheel } from "./ProfileWheel";

const DOMAINS = [
  { key: "physical_health", name: "Physical health" },
  { key: "emotional_wellbeing", name: "Emotional wellbeing and mental health" },
  { key: "learning_and_education", name: "Learning and education" },
];

describe("ProfileWheel", () => {
  it("is one image named by its summary, with a segment per domain above level 0", () => {
    const { container } = render(
      <ProfileWheel
        summary="Needs wheel of 3 domains."
        domains={DOMAINS}
        current={{
          label: "3 November 2026 (latest)",
          levels: { physical_health: 1, emotional_wellbeing: 0, learning_and_education: 3 },
        }}
      />,
    );
    const image = screen.getByRole("img", { name: "Needs wheel of 3 domains." });
    const filled = container.querySelector("[data-series=filled]");
    expect(filled?.querySelectorAll("path")).toHaveLength(2);
    expect(filled?.querySelector("[data-domain=learning_and_education]")).not.toBeNull();
    // Labels are part of the picture; the table next to it is what is read.
    expect(image).toHaveTextContent(/Learning and\s*education/);
    expect(container.querySelector("[data-series=outlined]")).toBeNull();
  });

  it("outlines an earlier profile and marks strengths, each named in the key", () => {
    const { container } = render(
      <ProfileWheel
        summary="Needs wheel."
        domains={DOMAINS}
        current={{ label: "3 November 2026 (latest)", levels: { physical_health: 2 } }}
        comparison={{
          label: "20 September 2024",
          levels: { physical_health: 3, learning_and_education: 1 },
        }}
        strengths={{
          physical_health: "centrepiece",
          emotional_wellbeing: "useful",
          learning_and_education: "emerging",
        }}
      />,
    );
    expect(container.querySelectorAll("[data-series=outlined] path")).toHaveLength(2);
    expect(container.querySelectorAll(".app-wheel__strengths circle")).toHaveLength(1);
    expect(container.querySelectorAll(".app-wheel__strengths path")).toHaveLength(1);
    const key = within(screen.getByRole("list", { name: "Key" }));
    expect(key.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "3 November 2026 (latest) (shaded)",
      "20 September 2024 (dashed outline)",
      "A useful strength (dot)",
      "A centrepiece strength (star)",
    ]);
  });
});
