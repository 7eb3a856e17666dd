import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startTestPlatform } from "../test/harness";
import { allocatePort } from "./agent-process";
import { isAlive } from "../test/processes";

const REPO_ROOT = path.resolve(import.meta.dirname, "../../..");

const childPids = (pid: number) => {
  try {
    return execFileSync("pgrep", ["-P", String(pid), "-f", "agent-runtime"])
      .toString()
      .trim()
      .split("\n")
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
};

describe("agent processes never outlive the platform", () => {
  let dataDir = "";
  afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

  it("exits every agent when the platform is killed with SIGKILL", async () => {
    // A migrated data dir first, so the real entry point opens it quickly.
    const seeded = await startTestPlatform({});
    dataDir = seeded.dataDir;
    await seeded.stop(true);

    const port = await allocatePort();
    const base = `http://127.0.0.1:${port}`;
    const platform = spawn(process.execPath, ["--import", "tsx", "platform/src/main.ts"], {
      cwd: REPO_ROOT,
      stdio: "ignore",
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        MOLECULE_DATA_DIR: dataDir,
        MOLECULE_ENV: "development",
        MOLECULE_PROVISIONER: "local",
        MOLECULE_DEMO: "off",
        MOLECULE_PUBLIC_URL: base,
        // Dev mode needs no admin token; one inherited from the shell would close the routes.
        ADMIN_TOKEN: "",
      },
    });
    try {
      await expect
        .poll(
          () =>
            fetch(`${base}/health`).then(
              (r) => r.status,
              () => 0,
            ),
          { timeout: 60_000, interval: 200 },
        )
        .toBe(200);
      for (const name of ["One", "Two"]) {
        const res = await fetch(`${base}/workspaces`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ name }),
        });
        expect(res.status).toBe(201);
      }
      const statuses = async () =>
        ((await (await fetch(`${base}/workspaces`)).json()) as { status: string }[]).map((w) => w.status);
      await expect.poll(statuses, { timeout: 30_000, interval: 100 }).toEqual(["online", "online"]);
      const agents = childPids(platform.pid!);
      expect(agents).toHaveLength(2);

      platform.kill("SIGKILL");
      await expect.poll(() => agents.filter(isAlive), { timeout: 15_000, interval: 100 }).toEqual([]);
    } finally {
      if (isAlive(platform.pid!)) platform.kill("SIGKILL");
    }
  }, 120_000);
});
