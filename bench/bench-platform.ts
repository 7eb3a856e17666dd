import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readConfig } from "../platform/src/config";
import { startPlatform, type Platform } from "../platform/src/server";
import { seedDump } from "../platform/src/test/harness";

export type BenchPlatform = Platform & { dataDir: string; stop(): Promise<void> };

/**
 * A real platform in this process on loopback with a temp data dir, in dev mode unless `env`
 * says otherwise. Running it in-process lets a benchmark publish events on its bus directly.
 */
export async function startBenchPlatform(env: Record<string, string> = {}, port = 0): Promise<BenchPlatform> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "molecule-bench-"));
  const config = readConfig({
    MOLECULE_ENV: "development",
    MOLECULE_PROVISIONER: "none",
    // Seeded rows have no agent heartbeating for them; keep the sweep from taking them offline mid-run.
    MOLECULE_LIVENESS_TTL_SECONDS: "86400",
    CORS_ORIGINS: "http://localhost:3100",
    ...env,
    PORT: String(port),
    HOST: "127.0.0.1",
    MOLECULE_DATA_DIR: dataDir,
  } as NodeJS.ProcessEnv);
  const platform = await startPlatform(config, { quiet: true, seedDump: await seedDump() });
  config.publicUrl = platform.url;
  return {
    ...platform,
    dataDir,
    async stop() {
      await platform.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
