import { render, screen, within } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";

import { PageShell } from "./PageShell";

function renderShellAt(path: string) {
  const router = createMemoryRouter([{ path: "*", element: <PageShell>Page body</PageShell> }], {
    initialEntries: [path],
  });
  render(<RouterProvider router={router} />);
}

describe("PageShell", () => {
  it("starts with a skip link to the main content", () => {
    renderShellAt("/");
    const skipLink = screen.getByRole("link", { name: "Skip to main content" });
    expect(skipLink).toHaveAttribute("href", "#main-content");
    expect(screen.getByRole("main")).toHaveAttribute("id", "main-content");
    expect(screen.getByRole("main")).toHaveTextContent("Page body");
  });

  it("names the service in the header without GOV.UK branding", () => {
    renderShellAt("/");
    const header = screen.getByRole("banner");
    expect(within(header).getByRole("link", { name: "Kindred" })).toHaveAttribute("href", "/");
    expect(header).not.toHaveTextContent(/GOV\.UK/);
  });

  it("marks Home as the current page in the navigation on /", () => {
    renderShellAt("/");
    const nav = screen.getByRole("navigation", { name: "Menu" });
    expect(within(nav).getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
  });

  it("does not mark Home as current elsewhere", () => {
    renderShellAt("/somewhere-else");
    const nav = screen.getByRole("navigation", { name: "Menu" });
    expect(within(nav).getByRole("link", { name: "Home" })).not.toHaveAttribute("aria-current");
  });

  it("has a footer", () => {
    renderShellAt("/");
    expect(screen.getByRole("contentinfo")).toHaveTextContent("Kindred");
  });
});
