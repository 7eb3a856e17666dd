/** Words for each status, so no status is shown by colour alone. */
const STATUS_LABELS: Readonly<Record<string, string>> = {
  provisioning: "Starting",
  online: "Online",
  degraded: "Degraded",
  offline: "Offline",
  failed: "Failed",
  paused: "Paused",
  hibernated: "Hibernated",
  hibernating: "Hibernating",
  removed: "Removed",
  awaiting_agent: "Waiting for agent",
};

/** A human label for any status string, including ones this build does not know. */
export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status.replace(/_/g, " ");
}

/** Whole US cents as dollars, e.g. 1234 → "$12.34". */
export function formatCents(cents: number): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(cents / 100);
}

/** A dollar amount typed by the user, as whole cents; null when it is not a non-negative amount. */
export function parseDollars(text: string): number | null {
  const trimmed = text.trim().replace(/^\$/, "");
  if (!/^\d+(\.\d{0,2})?$/.test(trimmed)) return null;
  return Math.round(Number(trimmed) * 100);
}

/** Tier choices as the platform defines them (contract §2.1), for selects. */
export const TIER_OPTIONS = [
  { value: "1", label: "T1 · Sandboxed" },
  { value: "2", label: "T2 · Standard" },
  { value: "3", label: "T3 · Privileged" },
  { value: "4", label: "T4 · Full access" },
] as const;
