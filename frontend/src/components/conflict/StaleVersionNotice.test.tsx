import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { StaleVersionNotice } from "./StaleVersionNotice";

interface Room {
  name: string;
  beds: number;
}

const detailsOf = (room: Room) =>
  [
    ["Name", room.name],
    ["Beds", String(room.beds)],
  ] as const;

describe("StaleVersionNotice", () => {
  it("says the change was not saved and shows the record as it is now", () => {
    render(
      <StaleVersionNotice
        what="room"
        whose="its"
        current={{ name: "Blue room", beds: 2 }}
        detailsOf={detailsOf}
        onReload={vi.fn()}
      />,
    );

    const notice = screen.getByRole("alert");
    expect(
      within(notice).getByRole("heading", {
        level: 2,
        name: "Someone else changed this room while you were editing",
      }),
    ).toBeVisible();
    expect(notice).toHaveTextContent(
      "Your changes have not been saved. These are its current details:",
    );
    expect(
      within(notice)
        .getAllByRole("term")
        .map((term) => term.textContent),
    ).toEqual(["Name", "Beds"]);
    expect(
      within(notice)
        .getAllByRole("definition")
        .map((value) => value.textContent),
    ).toEqual(["Blue room", "2"]);
  });

  it("takes focus, and again when a newer version arrives", () => {
    const props = { what: "user", whose: "their", detailsOf, onReload: vi.fn() } as const;
    const { container, rerender } = render(
      <StaleVersionNotice {...props} current={{ name: "Sam", beds: 1 }} />,
    );
    const notice = container.querySelector(".govuk-error-summary");
    expect(notice).toHaveFocus();
    expect(notice).toHaveTextContent("These are their current details:");

    (notice as HTMLElement).blur();
    rerender(<StaleVersionNotice {...props} current={{ name: "Samuel", beds: 1 }} />);
    expect(notice).toHaveFocus();
  });

  it("loads their changes when asked", async () => {
    const onReload = vi.fn();
    render(
      <StaleVersionNotice
        what="room"
        whose="its"
        current={{ name: "Blue room", beds: 2 }}
        detailsOf={detailsOf}
        onReload={onReload}
      />,
    );

    await userEvent.setup().click(screen.getByRole("button", { name: "Load their changes" }));
    expect(onReload).toHaveBeenCalledOnce();
  });
});
