// Prints the gzipped size of the JavaScript a first visit downloads: the entry script
// and the modules it preloads, as named in dist/index.html. Lazy page chunks are not counted.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = join(import.meta.dirname, "..", "dist");
const html = readFileSync(join(dist, "index.html"), "utf8");

const entryScripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)];
const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)];
const files = [...entryScripts, ...preloads].map((match) => match[1] ?? "");

if (files.length === 0) {
  console.error("report-bundle-size: no entry script found in dist/index.html");
  process.exit(1);
}

const kib = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
let total = 0;
console.log("Initial JavaScript (gzip):");
for (const file of files) {
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  console.log(`  ${kib(size).padStart(10)}  ${file}`);
}
console.log(`  ${kib(total).padStart(10)}  total`);
