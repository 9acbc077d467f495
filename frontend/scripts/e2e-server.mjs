// Playwright's webServer: the real backend on a fresh embedded database, serving the built
// SPA from dist/ and the API on one origin, exactly as in production.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

const repo = resolve(import.meta.dirname, "..", "..");
// E2E_PORT lets several checkouts run their suites side by side on one machine.
const port = process.env.E2E_PORT ?? "8100";
const varDir = join(repo, "var", `e2e-${port}`);

rmSync(varDir, { recursive: true, force: true });
mkdirSync(varDir, { recursive: true });

const server = spawn(
  join(repo, ".venv", "bin", "kindred"),
  ["serve", "--host", "127.0.0.1", "--port", port],
  {
    stdio: "inherit",
    env: {
      ...process.env,
      KINDRED_VAR_DIR: varDir,
      KINDRED_ENVIRONMENT: "test",
      // The webhook journey's receiver listens on 127.0.0.1: the development allowance.
      KINDRED_WEBHOOK_ALLOW_PRIVATE_ADDRESSES: "true",
    },
    // Its own process group, so a signal to ours reaches it once, through the forwarding
    // below: a second signal would make uvicorn force-quit and skip its clean shutdown.
    detached: true,
  },
);

// Playwright stops us with a signal (gracefulShutdown in playwright.config.ts); passing it
// on lets the backend stop its embedded PostgreSQL instead of leaving it running.
for (const signal of /** @type {const} */ (["SIGTERM", "SIGINT"])) {
  process.on(signal, () => server.kill(signal));
}

server.on("error", (error) => {
  console.error(`e2e-server: could not start the backend: ${error.message}`);
  process.exit(1);
});

server.on("exit", (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
