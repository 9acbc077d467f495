import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { renderRoute } from "@/test/render-route";

describe("NotFoundPage", () => {
  it("answers an unknown address with a Page not found heading and title", async () => {
    renderRoute("/no-such-page");
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await waitFor(() => {
      expect(document.title).toBe("Page not found – Kindred");
    });
    expect(screen.getByRole("link", { name: "Go to the Kindred home page" })).toHaveAttribute(
      "href",
      "/",
    );
  });
});
