import { existsSync } from "node:fs";

import { defineConfig, devices } from "@playwright/test";

// Playwright cannot download its own browser on our build machines; Debian's chromium
// stands in where it is installed. Elsewhere Playwright's bundled browser is used.
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

// E2E_BASE_URL points the tests at an app that is already running (e.g. `vite preview`)
// and skips starting the backend.
const externalBaseURL = process.env.E2E_BASE_URL;
// E2E_PORT: where the test backend listens (scripts/e2e-server.mjs reads it too).
const localBaseURL = `http://127.0.0.1:${process.env.E2E_PORT ?? "8100"}`;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: externalBaseURL ?? localBaseURL,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: externalBaseURL
    ? undefined
    : {
        command: "node scripts/e2e-server.mjs",
        url: `${localBaseURL}/api/v1/health`,
        timeout: 120_000,
        reuseExistingServer: false,
        // Without this Playwright SIGKILLs the server and the embedded PostgreSQL outlives it.
        // SIGINT, because `kindred serve` stops its embedded PostgreSQL on Ctrl-C.
        gracefulShutdown: { signal: "SIGINT", timeout: 30_000 },
      },
});
