import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname, "src") };
// Every test starts clean: stubbed globals and env vars, and spied-on methods, are put back after each one.
const cleanSlate = { unstubGlobals: true, unstubEnvs: true, restoreMocks: true };

export default defineConfig({
  resolve: { alias },
  test: {
    globals: true,
    projects: [
      {
        resolve: { alias },
        test: {
          name: "canvas",
          globals: true,
          ...cleanSlate,
          include: ["src/**/*.test.{ts,tsx}"],
          environment: "jsdom",
          setupFiles: ["./src/test/setup.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "platform",
          globals: true,
          ...cleanSlate,
          include: ["platform/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
