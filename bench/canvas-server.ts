import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";

export const CANVAS_PORT = 3100;
export const PLATFORM_PORT = 8180;
const BACKUP = ".next-before-bench";

/** Build-time environment: a local (non-SaaS) canvas that talks to the bench platform. */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith("NEXT_PUBLIC_")) delete env[key];
  delete env.ADMIN_TOKEN;
  return {
    ...env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_PUBLIC_PLATFORM_URL: `http://127.0.0.1:${PLATFORM_PORT}`,
  };
}

/**
 * Builds the canvas for the bench into `.next`, keeping whatever build was there (the end-to-end one)
 * aside and handing it back in `restore()`: the bench must not leave a build that points elsewhere.
 */
export async function buildCanvas(root: string): Promise<{ seconds: number; restore(): Promise<void> }> {
  const dist = path.join(root, ".next");
  const backup = path.join(root, BACKUP);
  await fs.rm(backup, { recursive: true, force: true });
  const hadBuild = await fs.rename(dist, backup).then(
    () => true,
    () => false,
  );
  const started = Date.now();
  const r = spawnSync("npx", ["next", "build"], { cwd: root, env: buildEnv(), stdio: "inherit" });
  const seconds = (Date.now() - started) / 1000;
  const restore = async () => {
    if (!hadBuild) return;
    await fs.rm(dist, { recursive: true, force: true });
    await fs.rename(backup, dist);
  };
  if (r.status !== 0) {
    await restore();
    throw new Error(`next build failed (exit ${r.status})`);
  }
  return { seconds, restore };
}

/** `next start` on the bench port; resolves once it answers. */
export async function startCanvas(root: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child: ChildProcess = spawn("npx", ["next", "start", "-p", String(CANVAS_PORT)], {
    cwd: root,
    env: buildEnv(),
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const url = `http://localhost:${CANVAS_PORT}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error("next start did not answer within 60 s");
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    async stop() {
      // Its own process group only: npx and the next server under it.
      try {
        if (child.pid) process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
      await new Promise((r) => setTimeout(r, 500));
    },
  };
}
