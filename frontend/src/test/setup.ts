import "@testing-library/jest-dom/vitest";

import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";

beforeEach(() => {
  // No test reaches the network: one that does not stub fetch sees it fail, as offline.
  vi.stubGlobal(
    "fetch",
    vi.fn(() => Promise.reject(new TypeError("fetch is not stubbed in this test"))),
  );
});

afterEach(() => {
  cleanup();
});
