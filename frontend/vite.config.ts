import { fileURLToPath } from "node:url";

import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// GOV.UK Frontend still carries an IE11-only hack, `@media … (min-width: 0\0)`, which Sass
// writes with U+FFFD and Lightning CSS refuses to minify. No supported browser applies it.
const dropIe11MediaHack = {
  postcssPlugin: "drop-ie11-media-hack",
  AtRule: {
    media: (rule: { params: string; remove: () => void }) => {
      if (rule.params.includes("\uFFFD")) rule.remove();
    },
  },
};

export default defineConfig({
  plugins: [react()],
  // `@/lib/money` is `src/lib/money`: imports say where a module lives, not how far up it is.
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      "/api": "http://127.0.0.1:8000",
    },
  },
  css: {
    postcss: { plugins: [dropIe11MediaHack] },
  },
  build: {
    outDir: "dist",
  },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["./src/test/setup.ts"],
    restoreMocks: true,
    testTimeout: 15_000,
    unstubGlobals: true,
  },
});
