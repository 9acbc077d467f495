import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { framework, needsHistory } from "@/test/needs-fixtures";
import { changeText, needsRows } from "./needs-rows";
import { NeedsProfile } from "./NeedsProfile";

const LATEST = {
  assessedOn: "2026-11-03",
  levels: { physical_health: 1, emotional_wellbeing: 2, learning_and_education: 2 },
  strengths: {
    physical_health: "useful",
    emotional_wellbeing: "none",
    learning_and_education: "centrepiece",
  },
};

function renderProfile() {
  const [earlier] = needsHistory().points;
  render(
    <NeedsProfile framework={framework()} latest={LATEST} earlier={earlier ? [earlier] : []} />,
  );
}

function rowTexts(table: HTMLElement) {
  return within(table)
    .getAllByRole("row")
    .map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent));
}

describe("changeText", () => {
  it.each([
    [2, 1, "Up 1 (was 1)"],
    [0, 3, "Down 3 (was 3)"],
    [2, 2, "No change"],
    [2, null, "Not assessed before"],
    [null, 2, "Not recorded"],
  ])("tells %s after %s as %j", (now, before, text) => {
    expect(changeText(now, before)).toBe(text);
  });
});

describe("needsRows", () => {
  it("gives each domain in wheel order its level label, change and strength", () => {
    const rows = needsRows({
      domains: framework().domains,
      levels: { physical_health: 1, emotional_wellbeing: null, learning_and_education: 4 },
      strengths: { learning_and_education: "useful" },
      before: { physical_health: 1, learning_and_education: 2 },
      levelText: (level) => `L${String(level)}`,
      strengthText: (strength) => strength.toUpperCase(),
    });
    expect(
      rows.map((row) => [row.name, row.levelText, row.change, row.changeText, row.strengthText]),
    ).toEqual([
      ["Physical health", "L1", 0, "No change", "NONE"],
      ["Emotional wellbeing and mental health", "Not recorded", null, "Not recorded", "NONE"],
      ["Learning and education", "L4", 2, "Up 2 (was 2)", "USEFUL"],
    ]);
  });
});

describe("NeedsProfile", () => {
  it("puts the wheel's figures in a table next to it, with the change since the last one", () => {
    renderProfile();
    expect(
      screen.getByRole("img", {
        name: /^Needs wheel of 3 domains\. Highest need: 2 – Moderate, in Emotional wellbeing and mental health and Learning and education\./,
      }),
    ).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Needs by domain, assessed 3 November 2026" });
    expect(rowTexts(table)).toEqual([
      ["Domain", "Level of need", "Change since 20 September 2024", "Strength"],
      ["Physical health", "1 – Low", "No change", "Useful"],
      [
        "Emotional wellbeing and mental health",
        "2 – Moderate",
        "▲ Up 1 (was 1)",
        "Not yet a strength",
      ],
      ["Learning and education", "2 – Moderate", "▼ Down 2 (was 4)", "Centrepiece"],
    ]);
  });

  it("outlines an earlier assessment when one is chosen, and says so", async () => {
    renderProfile();
    expect(screen.queryByRole("listitem", { name: /dashed/ })).not.toBeInTheDocument();
    await userEvent
      .setup()
      .selectOptions(
        screen.getByLabelText("Compare with an earlier assessment"),
        "20 September 2024 (score 50.0)",
      );
    expect(
      screen.getByRole("img", {
        name: /The dashed outline shows the assessment of 20 September 2024\./,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Key" })).toHaveTextContent(
      "20 September 2024 (dashed outline)",
    );
  });
});
