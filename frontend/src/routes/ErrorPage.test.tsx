import { render, screen } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it, vi } from "vitest";

import { ErrorPage } from "./ErrorPage";

function BrokenPage(): never {
  throw new Error("render failed");
}

describe("ErrorPage", () => {
  it("replaces a page that throws with a friendly message and links to retry or go home", async () => {
    // React logs the error it caught; here that is expected.
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const router = createMemoryRouter(
      [
        {
          path: "/",
          errorElement: <ErrorPage />,
          children: [{ path: "broken", Component: BrokenPage }],
        },
      ],
      { initialEntries: ["/broken?tab=1"] },
    );
    render(<RouterProvider router={router} />);

    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Sorry, there is a problem with the service",
      }),
    ).toBeVisible();
    expect(screen.getByRole("link", { name: "Try again" })).toHaveAttribute(
      "href",
      "/broken?tab=1",
    );
    expect(screen.getByRole("link", { name: "go to the Kindred home page" })).toHaveAttribute(
      "href",
      "/",
    );
    expect(screen.getByRole("main")).toBeInTheDocument();
    expect(document.title).toBe("Sorry, there is a problem with the service – Kindred");
  });
});
