// Fails when src/api/schema.d.ts is not what openapi-typescript makes of openapi.json,
// so a client generated from an older API document cannot be committed unnoticed.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { generateApiClient } from "./generate-api-client.mjs";

const root = join(import.meta.dirname, "..");
const committed = join(root, "src", "api", "schema.d.ts");
const scratch = mkdtempSync(join(tmpdir(), "kindred-api-"));
const fresh = join(scratch, "schema.d.ts");

try {
  generateApiClient(fresh);
  // A missing client is as stale as an outdated one.
  const current = existsSync(committed) ? readFileSync(committed, "utf8") : "";
  if (readFileSync(fresh, "utf8") !== current) {
    console.error("API client is stale: run make api-client");
    process.exitCode = 1;
  } else {
    console.log("API client is up to date with openapi.json.");
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
