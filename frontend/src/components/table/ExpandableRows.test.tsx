import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { ExpandableRows } from "./ExpandableRows";

function renderTable() {
  render(
    <table>
      <thead>
        <tr>
          <th>Household</th>
          <th>Fit</th>
        </tr>
      </thead>
      <ExpandableRows label="The Okafor household" columns={2} cells={<td>92</td>}>
        <p>Wheel and verdicts</p>
      </ExpandableRows>
      <ExpandableRows label="The Shah household" columns={2} cells={<td>80</td>}>
        <p>Second panel</p>
      </ExpandableRows>
    </table>,
  );
}

describe("ExpandableRows", () => {
  it("starts closed, with the button saying so and naming the part it opens", () => {
    renderTable();
    const toggle = screen.getByRole("button", { name: "The Okafor household" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    const panel = document.getElementById(toggle.getAttribute("aria-controls") ?? "");
    expect(panel).not.toBeNull();
    expect(panel).not.toBeVisible();
    expect(screen.queryByText("Wheel and verdicts")).not.toBeInTheDocument();
  });

  it("opens with Enter and closes with Space, from the keyboard alone", async () => {
    renderTable();
    const user = userEvent.setup();
    await user.tab();
    const toggle = screen.getByRole("button", { name: "The Okafor household" });
    expect(toggle).toHaveFocus();

    await user.keyboard("{Enter}");
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByText("Wheel and verdicts")).toBeVisible();

    await user.keyboard(" ");
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByText("Wheel and verdicts")).not.toBeInTheDocument();
  });

  it("opens each row on its own", async () => {
    renderTable();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "The Shah household" }));
    expect(screen.getByText("Second panel")).toBeVisible();
    expect(screen.queryByText("Wheel and verdicts")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "The Okafor household" })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
  });
});
