import type { ProvisioningProgress } from "@/lib/contract";

/** The observable provisioning steps of a local agent, in order. */
export const STEPS = [
  { id: "allocate_port", label: "Allocate port" },
  { id: "start_process", label: "Start agent process" },
  { id: "agent_card", label: "Agent card served" },
  { id: "register", label: "Registered with the platform" },
  { id: "online", label: "Online" },
] as const;
export type StepId = (typeof STEPS)[number]["id"];

/**
 * Simulation knob (`MOLECULE_TIME_SCALE=realistic`): extra time per step so a local cold boot
 * looks like a container or VM boot in demos. `fast` adds nothing; the real work still happens.
 */
const REALISTIC_MS: Record<StepId, number> = {
  allocate_port: 300,
  start_process: 2500,
  agent_card: 1200,
  register: 1500,
  online: 400,
};
const RUNTIME_FACTOR: Record<string, number> = {
  hermes: 3,
  "claude-code": 1.5,
  codex: 1.5,
  "team-lead": 1.3,
  crewai: 1.2,
  autogen: 1.2,
};

export function stepDelayMs(scale: "fast" | "realistic", runtime: string, step: StepId): number {
  if (scale === "fast") return 0;
  return Math.round(REALISTIC_MS[step] * (RUNTIME_FACTOR[runtime] ?? 1));
}

/** Simulated work time per task for worker agents. */
export const workMsFor = (scale: "fast" | "realistic") => (scale === "fast" ? 400 : 2500);

const FAULTS = ["fail", "stall", "slow"] as const;
export type Fault = (typeof FAULTS)[number];

/** How much longer a step with a `slow` fault takes. */
export const SLOW_FAULT_MS = 3000;

/**
 * `MOLECULE_FAULT=<runtime|workspace name>:<step>:fail|stall|slow[,…]`: the fault for this step of this
 * workspace, matched case-insensitively on the runtime or the name.
 */
export function faultFor(spec: string, ws: { name: string; runtime: string }, step: StepId): Fault | null {
  for (const entry of spec.split(",")) {
    const parts = entry.trim().split(":");
    if (parts.length !== 3) continue;
    const [who, at, mode] = parts.map((p) => p.trim().toLowerCase());
    const fault = FAULTS.find((f) => f === mode);
    if (at !== step || !fault) continue;
    if (who === ws.runtime.toLowerCase() || who === ws.name.toLowerCase()) return fault;
  }
  return null;
}

/** A fresh progress record: every step pending. */
export function initialProgress(now = new Date()): ProvisioningProgress {
  return {
    started_at: now.toISOString(),
    step: STEPS[0].id,
    steps: STEPS.map((s) => ({ id: s.id, label: s.label, state: "pending" as const })),
  };
}

/** The progress after `step` moves to `state`, stamping start/finish times. */
export function advance(
  p: ProvisioningProgress,
  step: StepId,
  state: "active" | "done" | "failed",
  now = new Date(),
): ProvisioningProgress {
  const at = now.toISOString();
  return {
    ...p,
    step,
    steps: p.steps.map((s) => {
      if (s.id !== step) return s;
      if (state === "active") return { ...s, state, started_at: at };
      return { ...s, state, started_at: s.started_at ?? at, finished_at: at };
    }),
  };
}
