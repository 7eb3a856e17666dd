import type { ProvisionStatus } from "@/lib/contract/control-plane";
import { formatDuration } from "@/lib/format-time";

/** §6.1 end-to-end figures, shown when the server sends no ETA (the real control plane never does). */
export const TYPICAL_TENANT_WINDOW_S = { low: 5 * 60, high: 10 * 60, worst: 20 * 60 };

/** Seconds since the server's `started_at`, so a reload shows the same clock; else since `fallbackStart`. */
export function elapsedSeconds(status: ProvisionStatus, now: number, fallbackStart: number): number {
  const started = status.started_at ? Date.parse(status.started_at) : Number.NaN;
  const from = Number.isNaN(started) ? fallbackStart : started;
  return Math.max(0, Math.floor((now - from) / 1000));
}

/**
 * The ETA as a range (§6.5): from the server's history-based estimate when present, else the
 * documented typical window.
 */
export function etaText(status: ProvisionStatus): string {
  const eta = status.eta_s;
  if (eta && status.elapsed_s !== undefined) {
    // The server's estimate is of the remaining time; adding its elapsed gives a stable total.
    const typical = formatDuration((status.elapsed_s + eta.typical) * 1000);
    const worst = formatDuration((status.elapsed_s + eta.worst) * 1000);
    return typical === worst ? `usually about ${typical}` : `usually about ${typical}, up to ${worst}`;
  }
  const w = TYPICAL_TENANT_WINDOW_S;
  return `usually ${w.low / 60}–${w.high / 60} min, can take up to ${w.worst / 60} min`;
}

/** Past the typical window while still provisioning: say so, and keep waiting (§6.5). */
export function isTakingLong(status: ProvisionStatus, elapsed: number): boolean {
  if (status.status !== "provisioning") return false;
  if (status.eta_s && status.elapsed_s !== undefined)
    return elapsed > status.elapsed_s + status.eta_s.typical;
  return elapsed > TYPICAL_TENANT_WINDOW_S.high;
}

/** Share of stages completed (0–1); the bar moves only when a stage finishes, never on a timer. */
export function completedShare(status: ProvisionStatus): number | null {
  const stages = status.stages;
  if (!stages || stages.length === 0) return null;
  if (status.status === "running") return 1;
  return stages.filter((s) => s.state === "done").length / stages.length;
}

/** How long a stage took, or has taken so far while active; null before it starts. */
export function stageSeconds(
  stage: NonNullable<ProvisionStatus["stages"]>[number],
  now: number,
): number | null {
  if (!stage.started_at) return null;
  const end = stage.finished_at ? Date.parse(stage.finished_at) : now;
  return Math.max(0, (end - Date.parse(stage.started_at)) / 1000);
}
