import { PROVISION_STAGES } from "@/lib/contract/control-plane";

export type StageId = (typeof PROVISION_STAGES)[number];

/** One stage of a provision as stored and reported, with server timestamps. */
export type StageRecord = {
  id: StageId;
  label: string;
  state: "pending" | "active" | "done" | "failed";
  started_at?: string;
  finished_at?: string;
};

/** Each §6.1 stage with its label and the typical duration a real tenant spends in it (seconds). */
export const STAGE_PLAN: readonly { id: StageId; label: string; typicalS: number }[] = [
  { id: "launching", label: "Creating the org's records", typicalS: 5 },
  { id: "booting", label: "Booting the tenant", typicalS: 75 },
  { id: "pulling_image", label: "Seeding templates", typicalS: 120 },
  { id: "starting_services", label: "Starting the starter team", typicalS: 60 },
  { id: "health_check", label: "Health-checking the agents", typicalS: 10 },
  { id: "tunnel_dns_tls", label: "Connecting the tenant host", typicalS: 90 },
  { id: "ready_check", label: "Confirming the tenant answers", typicalS: 30 },
];

/** The §6.1 end-to-end figures: typically 5–10 min, test budgets allow 20. */
export const TYPICAL_TOTAL_S = { low: 5 * 60, high: 10 * 60, worst: 20 * 60 };

/** `fast` runs every stage at 1/100 of its real duration so tests and demos see it advance. */
export const timeScaleFactor = (scale: "fast" | "realistic") => (scale === "realistic" ? 1 : 0.01);

export type ProvisionFault = { kind: "fail" | "stall"; stage: StageId; slug: string | null };

/**
 * Parses `MOLECULE_PROVISION_FAULT`: `fail:<stage>` or `stall:<stage>`, optionally `@<slug>` to hit
 * one org only. Anything else is ignored (null) so a typo cannot break provisioning silently:
 * the caller logs it.
 */
export function parseProvisionFault(raw: string | undefined): ProvisionFault | null {
  const m = /^(fail|stall):([a-z_]+)(?:@([a-z0-9-]+))?$/.exec(raw?.trim() ?? "");
  if (!m) return null;
  const stage = STAGE_PLAN.find((s) => s.id === m[2]);
  if (!stage) return null;
  return { kind: m[1] as "fail" | "stall", stage: stage.id, slug: m[3] ?? null };
}

/**
 * Remaining-time estimate (§6.4 `eta_s`) from the durations of previous successful provisions:
 * median and worst of history, else the §6.1 ranges scaled like the run. Never negative.
 */
export function estimateRemaining(
  historyS: number[],
  elapsedS: number,
  factor: number,
): { typical: number; worst: number } {
  let typical: number;
  let worst: number;
  if (historyS.length > 0) {
    const sorted = [...historyS].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    typical = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
    worst = sorted[sorted.length - 1]!;
  } else {
    typical = STAGE_PLAN.reduce((sum, s) => sum + s.typicalS, 0) * factor;
    worst = TYPICAL_TOTAL_S.worst * factor;
  }
  return {
    typical: Math.max(0, Math.ceil(typical - elapsedS)),
    worst: Math.max(0, Math.ceil(Math.max(worst, typical) - elapsedS)),
  };
}
