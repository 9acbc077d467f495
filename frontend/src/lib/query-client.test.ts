import { describe, expect, it } from "vitest";

import { ApiError } from "@/api/api-error";
import { shouldRetry } from "./query-client";

function apiError(status: number) {
  return new ApiError({ type: "about:blank", title: "Error", status, detail: "Failed." });
}

describe("shouldRetry", () => {
  it("does not retry a 4xx answer", () => {
    expect(shouldRetry(0, apiError(404))).toBe(false);
  });

  it("retries a 5xx answer or a network failure twice, then stops", () => {
    expect(shouldRetry(0, apiError(503))).toBe(true);
    expect(shouldRetry(1, new TypeError("Failed to fetch"))).toBe(true);
    expect(shouldRetry(2, apiError(503))).toBe(false);
  });
});
