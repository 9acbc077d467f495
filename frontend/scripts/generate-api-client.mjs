// Writes the typed API client (src/api/schema.d.ts, or the path given) from openapi.json.
// One copy of the generator's options, shared with check-api-client.mjs.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const root = join(import.meta.dirname, "..");

/**
 * Runs openapi-typescript on openapi.json. A field with a default is optional in the types
 * (`--default-non-nullable=false`), so a request body may leave it out without a cast.
 */
export function generateApiClient(output = join(root, "src", "api", "schema.d.ts")) {
  execFileSync(
    join(root, "node_modules", ".bin", "openapi-typescript"),
    [join(root, "openapi.json"), "-o", output, "--default-non-nullable=false"],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
}

const script = process.argv[1];
if (script !== undefined && import.meta.url === pathToFileURL(script).href) {
  generateApiClient(process.argv[2]);
}
