/** Knobs of the local agents and the loops that watch them (README "Agents" lists each). */
export type AgentSettings = {
  /** Agents' heartbeat period (`MOLECULE_HEARTBEAT_MS`, default 30 s). */
  heartbeatMs: number;
  /** No heartbeat for this long → `offline` (`MOLECULE_LIVENESS_TTL_SECONDS`, default 180). */
  livenessTtlSeconds: number;
  /** How often the liveness sweep runs (`MOLECULE_LIVENESS_SWEEP_MS`, default 15 s). */
  sweepMs: number;
  /** A proxied call with no event for its target this long is cut (`A2A_IDLE_TIMEOUT_SECONDS`). */
  a2aIdleTimeoutSeconds: number;
  /** Busy-queue drain period (`MOLECULE_QUEUE_DRAIN_MS`, default 2 s). */
  queueDrainMs: number;
  /** Delay before a delegation's one retry (`MOLECULE_DELEGATION_RETRY_MS`, default 8 s). */
  delegationRetryMs: number;
  /** Simulated work time of a worker agent per task (`MOLECULE_AGENT_WORK_MS`). */
  workMs: number | null;
  /** Fault injection: `<runtime|workspace name>:<step>:fail|stall`, comma-separated (`MOLECULE_FAULT`). */
  faults: string;
  /** Demo driver period (`MOLECULE_DEMO_INTERVAL_MS`, default 8 s). */
  demoIntervalMs: number;
};

const num = (v: string | undefined, fallback: number) => {
  const n = Number(v);
  return v !== undefined && v !== "" && Number.isFinite(n) && n >= 0 ? n : fallback;
};

export function readAgentSettings(env: NodeJS.ProcessEnv): AgentSettings {
  return {
    heartbeatMs: num(env.MOLECULE_HEARTBEAT_MS, 30_000),
    livenessTtlSeconds: num(env.MOLECULE_LIVENESS_TTL_SECONDS, 180),
    sweepMs: num(env.MOLECULE_LIVENESS_SWEEP_MS, 15_000),
    a2aIdleTimeoutSeconds: num(env.A2A_IDLE_TIMEOUT_SECONDS, 300),
    queueDrainMs: num(env.MOLECULE_QUEUE_DRAIN_MS, 2000),
    delegationRetryMs: num(env.MOLECULE_DELEGATION_RETRY_MS, 8000),
    workMs: env.MOLECULE_AGENT_WORK_MS ? num(env.MOLECULE_AGENT_WORK_MS, 1500) : null,
    faults: env.MOLECULE_FAULT ?? "",
    demoIntervalMs: num(env.MOLECULE_DEMO_INTERVAL_MS, 8000),
  };
}
