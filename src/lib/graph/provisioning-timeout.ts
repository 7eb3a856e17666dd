import type { WorkspaceRow } from "@/lib/contract";

/** Threshold when neither the server nor a runtime profile declares one (contract §7). */
export const DEFAULT_PROVISION_TIMEOUT_MS = 120_000;
/** Per-runtime thresholds; hermes builds from source and routinely takes 8–13 minutes cold. */
export const RUNTIME_PROVISION_TIMEOUT_MS: Readonly<Record<string, number>> = { hermes: 720_000 };
/** The server provisions this many at once; each workspace queued beyond them waits its turn. */
export const CONCURRENT_PROVISION_SLOTS = 3;
export const QUEUED_PROVISION_ALLOWANCE_MS = 45_000;

type TimedRow = Pick<
  WorkspaceRow,
  "status" | "runtime" | "provision_timeout_ms" | "provisioning" | "updated_at"
>;

/** How many workspaces are provisioning now: the load that stretches everyone's threshold. */
export function countProvisioning(rows: readonly Pick<WorkspaceRow, "status">[]): number {
  return rows.filter((r) => r.status === "provisioning").length;
}

/**
 * When "taking longer than usual" may show: the server's `provision_timeout_ms`, else the runtime
 * profile, else 2 min; plus 45 s for each workspace provisioning concurrently beyond 3.
 */
export function provisioningThresholdMs(
  row: Pick<WorkspaceRow, "runtime" | "provision_timeout_ms">,
  concurrent: number,
): number {
  const declared = row.provision_timeout_ms;
  const base =
    declared !== undefined && declared > 0
      ? declared
      : (RUNTIME_PROVISION_TIMEOUT_MS[row.runtime] ?? DEFAULT_PROVISION_TIMEOUT_MS);
  return base + Math.max(0, concurrent - CONCURRENT_PROVISION_SLOTS) * QUEUED_PROVISION_ALLOWANCE_MS;
}

function parseTime(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * How long the workspace has been provisioning, from server timestamps when there are any
 * (progress `started_at`, then `updated_at`) so a reload does not restart the clock; else from
 * when this tab first saw it. Undefined when there is no start time at all.
 */
export function provisioningElapsedMs(row: TimedRow, now: number, firstSeenAt?: number): number | undefined {
  const started = parseTime(row.provisioning?.started_at) ?? parseTime(row.updated_at) ?? firstSeenAt;
  // A server clock slightly ahead of ours must not show a negative time.
  return started === undefined ? undefined : Math.max(0, now - started);
}

/** Whether a provisioning workspace has passed its threshold; never before it, never in any other status. */
export function isTakingLonger(
  row: TimedRow,
  now: number,
  concurrent: number,
  firstSeenAt?: number,
): boolean {
  if (row.status !== "provisioning") return false;
  const elapsed = provisioningElapsedMs(row, now, firstSeenAt);
  return elapsed !== undefined && elapsed >= provisioningThresholdMs(row, concurrent);
}
