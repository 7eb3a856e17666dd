import { createHash } from "node:crypto";
import path from "node:path";
import { isReachable, type ProvisioningProgress } from "@/lib/contract";
import type { Ctx, Provisioner } from "../context";
import { mintWorkspaceToken, revokeTokens } from "../db/tokens";
import { saveProvisioning } from "../db/registry";
import { getWorkspace, setStatus, type WorkspaceRecord } from "../db/workspaces";
import { allocatePort, bundleRuntime, spawnAgent, type AgentProcess } from "./agent-process";
import { autoRestart, markOffline } from "./auto-restart";
import {
  SLOW_FAULT_MS,
  advance,
  faultFor,
  initialProgress,
  stepDelayMs,
  workMsFor,
  type StepId,
} from "./boot-profile";

const STEP_TIMEOUT_MS = 30_000;
/** More crashes than this within CRASH_WINDOW_MS and the workspace is failed instead of restarted. */
const CRASH_LIMIT = 5;
const CRASH_WINDOW_MS = 60_000;

type Running = { orgId: string; proc: AgentProcess; stopping: boolean };

export type LocalProvisioner = Provisioner & {
  /** Pids of the agent processes this platform started and that are still alive. */
  pids(): number[];
  isRunning(workspaceId: string): boolean;
  pidOf(workspaceId: string): number | null;
  /** Resolves once the runtime bundle is built (start-up work the first create would otherwise wait for). */
  ready(): Promise<void>;
  agentUrl(workspaceId: string): string | null;
  isOwnAgentToken(token: string): boolean;
};

/** The OpenAI-compatible endpoint, passed through to agents only when configured. */
const llmEnv = (): Record<string, string> =>
  Object.fromEntries(
    ["OPENAI_BASE_URL", "OPENAI_API_KEY", "OPENAI_MODEL"].flatMap((k) =>
      process.env[k] ? [[k, process.env[k]!]] : [],
    ),
  );

/** `MOLECULE_PROVISIONER=local`: every workspace is a real A2A agent child process. */
export function createLocalProvisioner(ctx: Ctx): LocalProvisioner {
  const running = new Map<string, Running>();
  const attempts = new Map<string, AbortController>();
  const inflight = new Map<string, Promise<void>>();
  const crashes = new Map<string, number[]>();
  // What this provisioner handed its agents, until they are stopped: their URL (trusted past the
  // SSRF guard) and the sha256 of their token (exempt from the per-IP rate limit they all share).
  const agentUrls = new Map<string, string>();
  const agentTokens = new Map<string, string>(); // sha256 → workspace id
  const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");
  let closed = false;
  const settings = ctx.config.agents;
  // Bundled up front so the first create does not wait for it; a failed build is retried on use.
  let bundle: Promise<string> | null = bundleRuntime(path.join(ctx.config.dataDir, "agents"));
  bundle.catch(() => (bundle = null));

  const sleep = (ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (ms <= 0) return resolve();
      const t = setTimeout(resolve, ms);
      signal.addEventListener("abort", () => (clearTimeout(t), reject(new Error("aborted"))), { once: true });
    });

  async function run(orgId: string, id: string, signal: AbortSignal) {
    const rec = await getWorkspace(ctx.db.pg, orgId, id);
    if (!rec || rec.status !== "provisioning" || rec.external) return;
    let progress: ProvisioningProgress = initialProgress();
    let proc: AgentProcess | null = null;
    let current: StepId = "allocate_port";

    const save = async (step: StepId, state: "active" | "done" | "failed") => {
      current = step;
      progress = advance(progress, step, state);
      if (signal.aborted) return;
      await saveProvisioning(ctx.db.pg, orgId, id, progress);
      await ctx.events.publish(orgId, "WORKSPACE_PROVISION_PROGRESS", id, progress);
    };
    const step = async <T>(s: StepId, work: () => Promise<T>): Promise<T> => {
      await save(s, "active");
      const fault = faultFor(settings.faults, rec, s);
      if (fault === "stall")
        await new Promise((_, reject) => signal.addEventListener("abort", reject, { once: true }));
      if (fault === "fail") throw new Error(`fault injected at step ${s}`);
      if (fault === "slow") await sleep(SLOW_FAULT_MS, signal);
      // The boot profile's simulated time comes first, so the step's real work (and its event) lands after it.
      await sleep(stepDelayMs(ctx.config.timeScale, rec.runtime, s), signal);
      const out = await work();
      await save(s, "done");
      return out;
    };

    try {
      const port = await step("allocate_port", allocatePort);
      proc = await step("start_process", async () => {
        const p = await startProcess(orgId, rec, port, signal);
        await p.waitFor("listening", signal, STEP_TIMEOUT_MS);
        return p;
      });
      await step("agent_card", () => fetchCard(port, signal));
      await step("register", async () => {
        proc!.send({ type: "register" });
        await proc!.waitFor("registered", signal, STEP_TIMEOUT_MS);
      });
      // The register route set `online` before the agent heard back; from here a crash is the supervisor's.
      await step("online", async () => {});
    } catch (err) {
      if (signal.aborted) return;
      // Registered (then crashed), removed or paused meanwhile: not a provisioning failure.
      if ((await getWorkspace(ctx.db.pg, orgId, id))?.status !== "provisioning") return;
      const message = err instanceof Error ? err.message : String(err);
      await save(current, "failed");
      const tail = proc?.logTail() ?? "";
      await kill(id);
      await setStatus(ctx.db.pg, orgId, id, "failed", { last_sample_error: message, url: "" });
      await ctx.events.publish(orgId, "WORKSPACE_PROVISION_FAILED", id, {
        error: message,
        ...(tail ? { log_tail: tail } : {}),
      });
    }
  }

  async function startProcess(
    orgId: string,
    rec: WorkspaceRecord,
    port: number,
    signal: AbortSignal,
  ): Promise<AgentProcess> {
    if (signal.aborted || closed) throw new Error("aborted");
    // A fresh token per start, handed over like the upstream "token written into the container".
    await revokeTokens(ctx.db.pg, [rec.id]);
    const token = await mintWorkspaceToken(ctx.db.pg, rec.id);
    agentUrls.set(rec.id, `http://127.0.0.1:${port}`);
    forgetToken(rec.id);
    agentTokens.set(sha256(token), rec.id);
    bundle ??= bundleRuntime(path.join(ctx.config.dataDir, "agents"));
    const proc = spawnAgent(
      await bundle,
      {
        MOLECULE_WORKSPACE_ID: rec.id,
        MOLECULE_PLATFORM_URL: ctx.config.publicUrl,
        MOLECULE_WORKSPACE_TOKEN: token,
        AGENT_PORT: String(port),
        AGENT_NAME: rec.name,
        AGENT_ROLE: rec.role ?? "",
        AGENT_MAX_CONCURRENT: String(Math.max(1, rec.max_concurrent_tasks)),
        AGENT_WORK_MS: String(settings.workMs ?? workMsFor(ctx.config.timeScale)),
        HEARTBEAT_INTERVAL_MS: String(settings.heartbeatMs),
        ...llmEnv(),
        ...(Array.isArray(rec.runtime_config.skills)
          ? { AGENT_SKILLS: JSON.stringify(rec.runtime_config.skills) }
          : {}),
      },
      (line) => ctx.log.info(`[agent ${rec.name}] ${line}`),
    );
    const entry: Running = { orgId, proc, stopping: false };
    running.set(rec.id, entry);
    void proc.exited.then(() => onExit(rec.id, entry));
    return proc;
  }

  async function fetchCard(port: number, signal: AbortSignal) {
    const res = await fetch(`http://localhost:${port}/.well-known/agent-card.json`, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(5000)]),
    });
    if (!res.ok) throw new Error(`agent card answered ${res.status}`);
    await res.json();
  }

  async function onExit(id: string, entry: Running) {
    if (running.get(id) === entry) running.delete(id);
    if (entry.stopping || closed) return;
    try {
      const recent = [...(crashes.get(id) ?? []), Date.now()].filter((t) => Date.now() - t < CRASH_WINDOW_MS);
      crashes.set(id, recent);
      const rec = await getWorkspace(ctx.db.pg, entry.orgId, id);
      if (!rec || !isReachable(rec.status)) return; // a start attempt reports its own failure
      await markOffline(ctx, entry.orgId, rec);
      if (recent.length > CRASH_LIMIT) {
        const error = `agent process keeps crashing (${recent.length} times in a minute)`;
        await setStatus(ctx.db.pg, entry.orgId, id, "failed", { last_sample_error: error });
        await ctx.events.publish(entry.orgId, "WORKSPACE_PROVISION_FAILED", id, {
          error,
          log_tail: entry.proc.logTail(),
        });
        return;
      }
      await autoRestart(ctx, entry.orgId, id);
    } catch (err) {
      ctx.log.error(`handling the exit of agent ${id} failed`, err);
    }
  }

  async function kill(id: string) {
    const entry = running.get(id);
    if (!entry) return;
    entry.stopping = true;
    await entry.proc.kill();
  }

  async function stop(id: string) {
    attempts.get(id)?.abort();
    attempts.delete(id);
    await inflight.get(id);
    await kill(id);
    agentUrls.delete(id);
    forgetToken(id);
  }

  function forgetToken(id: string) {
    for (const [h, owner] of agentTokens) if (owner === id) agentTokens.delete(h);
  }

  return {
    available: true,
    provision(orgId, id) {
      if (closed) return;
      const before = inflight.get(id);
      attempts.get(id)?.abort();
      const attempt = new AbortController();
      attempts.set(id, attempt);
      const task = (async () => {
        await before;
        await kill(id);
        await run(orgId, id, attempt.signal);
      })()
        .catch((err) => ctx.log.error(`provisioning ${id} failed unexpectedly`, err))
        .finally(() => {
          if (inflight.get(id) === task) inflight.delete(id);
          if (attempts.get(id) === attempt) attempts.delete(id);
        });
      inflight.set(id, task);
    },
    stop,
    async stopAll() {
      closed = true;
      await Promise.all([...new Set([...running.keys(), ...attempts.keys()])].map(stop));
    },
    pids: () => [...running.values()].filter((r) => r.proc.isAlive()).map((r) => r.proc.pid),
    isRunning: (id) => running.get(id)?.proc.isAlive() ?? false,
    ready: async () => {
      await (bundle ?? Promise.resolve());
    },
    pidOf: (id) => running.get(id)?.proc.pid ?? null,
    agentUrl: (id) => agentUrls.get(id) ?? null,
    isOwnAgentToken: (token) => agentTokens.has(sha256(token)),
  };
}
