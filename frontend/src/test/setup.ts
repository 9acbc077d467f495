import "@testing-library/jest-dom/vitest";

import { cleanup, configure } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";

// Testing Library's 1 s wait for `findBy…` is too short when the suite shares two cores with a
// browser build; a slow machine should make a test slower, not red.
configure({ asyncUtilTimeout: 4000 });

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
