import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import noOnlyTests from "eslint-plugin-no-only-tests";
import { readdirSync } from "node:fs";
import { defineConfig, globalIgnores } from "eslint/config";

const bareNetwork = [
  { name: "fetch", message: "Use the API client in src/lib/api (one timeout, credential and error policy)." },
  { name: "WebSocket", message: "Use the one socket in src/lib/ws." },
];

// Feature folders under src/components. A feature imports ui/, lib/ and store/, never another feature;
// the org screen is the one composer that plugs features into each other (STYLE.md §2.1).
const COMPOSER = "org-screen";
const features = readdirSync(new URL("./src/components", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== "ui" && entry.name !== COMPOSER)
  .map((entry) => entry.name);
const featureZones = features.map((feature) => ({
  target: `./src/components/${feature}`,
  from: [`./src/components/!(${feature}|ui)/**`],
  message: `A feature does not import another: compose them in components/${COMPOSER}, or lift the shared part into components/ui or lib.`,
}));

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "bench/.scratch/**",
    "node_modules/**",
    ".molecule/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    plugins: { "no-only-tests": noOnlyTests },
    rules: {
      "no-only-tests/no-only-tests": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/lib/api/**", "src/lib/ws/**", "src/lib/auth.ts", "src/**/*.test.{ts,tsx}", "src/test/**"],
    rules: { "no-restricted-globals": ["error", ...bareNetwork] },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      // One-way imports: app → components/<feature> → components/ui, lib, store (STYLE.md §2.1).
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./src/lib", from: ["./src/components", "./src/app", "./src/store"] },
            { target: "./src/store", from: ["./src/components", "./src/app"] },
            { target: "./src/components", from: "./src/app" },
            { target: "./src/components/ui", from: ["./src/components/!(ui)/**"] },
            ...featureZones,
          ],
        },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}", "platform/**/*.ts"],
    // Packages are not followed: their bundles are not ours to untangle, and parsing them is slow.
    settings: { "import/ignore": ["node_modules"] },
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    files: ["platform/**/*.ts"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        { zones: [{ target: "./platform", from: ["./src/components", "./src/app", "./src/store"] }] },
      ],
    },
  },
]);
