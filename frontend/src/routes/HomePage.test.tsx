import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { renderRoute } from "@/test/render-route";
import { stubFetchPending } from "@/test/stub-fetch";

describe("HomePage", () => {
  it("introduces Kindred and sets the page title", async () => {
    stubFetchPending();
    renderRoute("/");
    expect(await screen.findByRole("heading", { level: 1, name: "Kindred" })).toBeVisible();
    expect(screen.getByRole("heading", { level: 2, name: "Service status" })).toBeVisible();
    await waitFor(() => {
      expect(document.title).toBe("Home – Kindred");
    });
  });
});
