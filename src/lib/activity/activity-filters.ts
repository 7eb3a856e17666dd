import type { ActivityRow } from "@/lib/contract";

/** The Activity tab's type filters. */
export type ActivityFilter = "a2a_in" | "a2a_out" | "delegation" | "task" | "log" | "error";

export const ACTIVITY_FILTERS: readonly { id: ActivityFilter; label: string }[] = [
  { id: "a2a_in", label: "A2A in" },
  { id: "a2a_out", label: "A2A out" },
  { id: "delegation", label: "Delegations" },
  { id: "task", label: "Tasks" },
  { id: "log", label: "Logs" },
  { id: "error", label: "Errors" },
];

const FAILED_STATUSES = new Set(["error", "failed", "timeout"]);

/** Whether a row failed, whatever its type (the "Errors" filter and the row's red marker). */
export const isFailedRow = (row: Pick<ActivityRow, "activity_type" | "status">) =>
  row.activity_type === "error" || FAILED_STATUSES.has(row.status);

/** Which filter a row belongs to by type; errors are matched separately by {@link isFailedRow}. */
export function filterOf(row: Pick<ActivityRow, "activity_type">): ActivityFilter | null {
  switch (row.activity_type) {
    case "a2a_receive":
      return "a2a_in";
    case "a2a_send":
      return "a2a_out";
    case "delegation":
      return "delegation";
    case "task_update":
      return "task";
    case "agent_log":
    case "skill_promotion":
    case "memory_write":
    case "memory_write_global":
    case "cron_run":
      return "log";
    case "error":
      return "error";
    default:
      return null;
  }
}

/** Rows matching any selected filter; no selection shows everything. */
export function filterActivity<T extends Pick<ActivityRow, "activity_type" | "status">>(
  rows: readonly T[],
  selected: ReadonlySet<ActivityFilter>,
): T[] {
  if (selected.size === 0) return [...rows];
  return rows.filter((r) => {
    if (selected.has("error") && isFailedRow(r)) return true;
    const f = filterOf(r);
    return f !== null && f !== "error" && selected.has(f);
  });
}
