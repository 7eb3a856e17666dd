import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import WebSocket from "ws";
import { errorBodySchema } from "@/lib/contract";
import { readConfig } from "../config";
import { openDatabase } from "../db/database";
import { CONTROL_PLANE_MIGRATIONS } from "../db/control-plane-migrations";
import { MIGRATIONS } from "../db/migrations";
import { startPlatform, type Platform } from "../server";

const DUMP = path.join(
  os.tmpdir(),
  `molecule-pglite-seed-v${MIGRATIONS.length}-${CONTROL_PLANE_MIGRATIONS.length}.tar.gz`,
);

/** A migrated empty database, made once per machine: fresh PGlite dirs take seconds to create. */
export async function seedDump(): Promise<Blob> {
  try {
    return new Blob([await fs.readFile(DUMP)]);
  } catch {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "molecule-seed-"));
    const db = await openDatabase(dir);
    const blob = await db.pg.dumpDataDir("gzip");
    await db.close();
    await fs.writeFile(`${DUMP}.${process.pid}`, Buffer.from(await blob.arrayBuffer()));
    await fs.rename(`${DUMP}.${process.pid}`, DUMP);
    await fs.rm(dir, { recursive: true, force: true });
    return blob;
  }
}

/** An admin token long enough for production mode (which refuses to start without a way to authenticate). */
export const TEST_ADMIN_TOKEN = "test-admin-token-0123456789abcdef";
/** Production mode with the admin token: `startTestPlatform({ ...PRODUCTION, … })`. */
export const PRODUCTION = { MOLECULE_ENV: "production", ADMIN_TOKEN: TEST_ADMIN_TOKEN } as const;
export const ADMIN_AUTH = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } as const;

export type TestPlatform = Platform & {
  dataDir: string;
  /** Fetch against the platform, JSON in and out. */
  call(
    method: string,
    route: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: any; headers: Headers }>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test convenience
  /** Opens a canvas WebSocket (with `headers`, e.g. a cookie or bearer) and records every frame. */
  socket(headers?: Record<string, string>): Promise<RecordingSocket>;
  /** Stops the server; keeps the data dir when `keepData` (for restart tests). */
  stop(keepData?: boolean): Promise<void>;
};

export type RecordingSocket = {
  frames: { event: string; workspace_id: string; payload: Record<string, unknown> }[];
  waitFor(
    pred: (f: RecordingSocket["frames"][number]) => boolean,
    timeoutMs?: number,
  ): Promise<RecordingSocket["frames"][number]>;
  close(): void;
};

/**
 * Every failure the platform answers carries the contract's error body with a known `code`; so
 * every test that calls the server checks it. Non-JSON answers (the sign-in page, 403 with no
 * body) have no body to check.
 */
export function assertErrorBody(method: string, route: string, status: number, body: unknown) {
  if (body === null || typeof body !== "object") return;
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success)
    throw new Error(
      `${method} ${route} answered ${status} without a valid error body: ${JSON.stringify(body)}`,
    );
}

/** Starts a real platform on a free port with a temp data dir (or `dataDir` to reuse one). */
export async function startTestPlatform(
  env: Record<string, string> = {},
  dataDir?: string,
): Promise<TestPlatform> {
  const dir = dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), "molecule-test-")));
  const config = readConfig({
    MOLECULE_ENV: "development",
    MOLECULE_PROVISIONER: "none",
    ...env,
    PORT: "0",
    HOST: "127.0.0.1",
    MOLECULE_DATA_DIR: dir,
  } as NodeJS.ProcessEnv);
  const platform = await startPlatform(config, { quiet: true, seedDump: await seedDump() });
  const base = platform.url;
  config.publicUrl = base;

  return {
    ...platform,
    dataDir: dir,
    async call(method, route, body, headers = {}) {
      const res = await fetch(base + route, {
        method,
        headers: { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...headers },
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        // non-JSON bodies are returned as text
      }
      if (!res.ok) assertErrorBody(method, route, res.status, parsed);
      return { status: res.status, body: parsed, headers: res.headers };
    },
    async socket(headers) {
      const ws = new WebSocket(base.replace("http", "ws") + "/ws", { headers });
      const frames: RecordingSocket["frames"] = [];
      const waiters = new Set<() => void>();
      ws.on("message", (data) => {
        frames.push(JSON.parse(String(data)));
        for (const w of waiters) w();
      });
      await new Promise<void>((resolve, reject) => {
        ws.once("open", () => resolve());
        ws.once("error", reject);
      });
      return {
        frames,
        waitFor(pred, timeoutMs = 5000) {
          return new Promise((resolve, reject) => {
            const check = () => {
              const hit = frames.find(pred);
              if (!hit) return false;
              waiters.delete(check);
              clearTimeout(timer);
              resolve(hit);
              return true;
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              reject(
                new Error(
                  `no matching frame within ${timeoutMs} ms; saw ${frames.map((f) => f.event).join(", ")}`,
                ),
              );
            }, timeoutMs);
            if (!check()) waiters.add(check);
          });
        },
        close: () => ws.close(),
      };
    },
    async stop(keepData = false) {
      await platform.close();
      if (!keepData) await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
