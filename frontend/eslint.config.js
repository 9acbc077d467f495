import { readdirSync } from "node:fs";
import { resolve } from "node:path";

import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const features = readdirSync("src/features", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Code flows one way: api → lib → components → features → routes → app. A feature never
// imports another feature; what two features share moves down to components or lib.
const importBoundaries = [
  {
    target: "./src/api",
    from: ["./src/lib", "./src/components", "./src/features", "./src/routes"],
    message: "src/api is the bottom layer: it imports nothing of the app.",
  },
  {
    target: "./src/lib",
    from: ["./src/components", "./src/features", "./src/routes"],
    message: "src/lib may import only src/api.",
  },
  {
    target: "./src/components",
    from: ["./src/features", "./src/routes"],
    message: "Shared components take data as props; they never import features or routes.",
  },
  {
    target: "./src/features",
    from: "./src/routes",
    message: "Features never import routes; routes compose features.",
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: "./src/features",
    except: [`./${feature}`],
    message: "Features do not import each other: move what they share to components or lib.",
  })),
];

export default defineConfig(
  globalIgnores(["dist", "coverage", "playwright-report", "test-results", "src/api/schema.d.ts"]),
  {
    files: ["**/*.{js,mjs,ts,tsx}"],
    extends: [
      js.configs.recommended,
      tseslint.configs.strictTypeChecked,
      tseslint.configs.stylisticTypeChecked,
    ],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [
        createNodeResolver({
          extensions: [".ts", ".tsx", ".js"],
          alias: { "@": [resolve(import.meta.dirname, "src")] },
        }),
      ],
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: importBoundaries }],
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
    },
  },
  {
    files: ["src/**/index.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "Program", message: "No barrel index files: import from the module itself." },
      ],
    },
  },
  {
    files: ["*.{js,ts}", "scripts/**/*.mjs", "e2e/**/*.ts"],
    languageOptions: { globals: globals.node },
  },
);
