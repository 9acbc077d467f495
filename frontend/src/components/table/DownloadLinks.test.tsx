import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { downloadHref, DownloadLinks } from "./DownloadLinks";

describe("DownloadLinks", () => {
  it("keeps the list's filters, drops its page and adds the format", () => {
    expect(downloadHref("/api/v1/children/export", "?team_id=t1&page=3&sort=-age", "xlsx")).toBe(
      "/api/v1/children/export?team_id=t1&sort=-age&format=xlsx",
    );
    expect(downloadHref("/api/v1/carers/export", "", "csv")).toBe(
      "/api/v1/carers/export?format=csv",
    );
  });

  it("offers CSV and XLSX links named for screen readers", () => {
    render(<DownloadLinks path="/api/v1/carers/export" search="?q=ann" what="the households" />);
    const csv = screen.getByRole("link", { name: "Download CSV of the households" });
    const xlsx = screen.getByRole("link", { name: "Download XLSX of the households" });
    expect(csv).toHaveAttribute("href", "/api/v1/carers/export?q=ann&format=csv");
    expect(xlsx).toHaveAttribute("href", "/api/v1/carers/export?q=ann&format=xlsx");
    expect(csv).toHaveAttribute("download");
  });
});
