import { fork, type ChildProcess } from "node:child_process";
import fs from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { build, stop as stopEsbuild } from "esbuild";

const ENTRY = path.join(import.meta.dirname, "runtime/main.ts");
const LOG_TAIL_LINES = 40;

/**
 * Bundles the agent runtime into one plain-JS file so each agent runs on bare `node`: no
 * TypeScript loader thread per process, which halves start-up time and memory (README "Agents").
 */
export async function bundleRuntime(outDir: string): Promise<string> {
  const outfile = path.join(outDir, "agent-runtime.mjs");
  await fs.mkdir(outDir, { recursive: true });
  await build({
    entryPoints: [ENTRY],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "silent",
    // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  // esbuild keeps a service process for later builds; there are none, so let it go.
  await stopEsbuild();
  return outfile;
}

/** A running agent child with its IPC messages and the tail of its output. */
export type AgentProcess = {
  child: ChildProcess;
  pid: number;
  /** Resolves when the process has exited (any reason). */
  exited: Promise<number | null>;
  isAlive(): boolean;
  /** Waits for one IPC message of `type`; rejects if the process exits first or `signal` aborts. */
  waitFor(type: string, signal: AbortSignal, timeoutMs: number): Promise<Record<string, unknown>>;
  send(msg: Record<string, unknown>): void;
  logTail(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once it is gone. */
  kill(graceMs?: number): Promise<void>;
};

/** A free loopback port, chosen by the OS. */
export function allocatePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts the bundled runtime with an IPC channel (its lifeline) and only the env it needs. */
export function spawnAgent(
  bundle: string,
  env: Record<string, string>,
  onLine: (line: string) => void,
): AgentProcess {
  const child = fork(bundle, [], {
    execArgv: [],
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  const tail: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (!line.trim()) continue;
      tail.push(line);
      if (tail.length > LOG_TAIL_LINES) tail.shift();
      onLine(line);
    }
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  let alive = true;
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      alive = false;
      resolve(code);
    }),
  );

  return {
    child,
    pid: child.pid ?? -1,
    exited,
    isAlive: () => alive,
    waitFor(type, signal, timeoutMs) {
      return new Promise((resolve, reject) => {
        const done = (fn: () => void) => {
          clearTimeout(timer);
          child.off("message", onMessage);
          signal.removeEventListener("abort", onAbort);
          fn();
        };
        const onMessage = (m: unknown) => {
          const msg = m as Record<string, unknown>;
          if (msg?.type === type) done(() => resolve(msg));
          else if (msg?.type === "register-failed") done(() => reject(new Error(String(msg.error))));
        };
        const onAbort = () => done(() => reject(new Error("aborted")));
        const timer = setTimeout(
          () => done(() => reject(new Error(`agent did not report ${type} in time`))),
          timeoutMs,
        );
        child.on("message", onMessage);
        signal.addEventListener("abort", onAbort);
        void exited.then((code) => done(() => reject(new Error(`agent process exited (code ${code})`))));
      });
    },
    send(msg) {
      if (alive && child.connected) child.send(msg);
    },
    logTail: () => tail.join("\n"),
    async kill(graceMs = 3000) {
      if (!alive) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
