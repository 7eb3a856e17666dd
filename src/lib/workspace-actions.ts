import { pauseWorkspace, restartWorkspace, resumeWorkspace } from "@/lib/api/workspace-mutations";
import type { WorkspaceRow } from "@/lib/contract";

export type LifecycleAction = "restart" | "pause" | "resume";

export const LIFECYCLE_LABELS: Readonly<Record<LifecycleAction, string>> = {
  restart: "Restart",
  pause: "Pause",
  resume: "Resume",
};

const PAUSABLE = new Set([
  "online",
  "degraded",
  "offline",
  "failed",
  "provisioning",
  "hibernated",
  "awaiting_agent",
]);
const RESTARTABLE = new Set(["online", "degraded", "offline", "failed", "hibernated"]);

/**
 * The lifecycle actions the platform accepts for a workspace in its current state (contract §2.3):
 * resume only when paused, restart when there is a process to (re)start. External agents run
 * elsewhere, so the platform cannot restart them.
 */
export function lifecycleActionsFor(row: Pick<WorkspaceRow, "status" | "runtime">): LifecycleAction[] {
  if (row.status === "paused") return ["resume"];
  const actions: LifecycleAction[] = [];
  if (RESTARTABLE.has(row.status) && row.runtime !== "external") actions.push("restart");
  if (PAUSABLE.has(row.status)) actions.push("pause");
  return actions;
}

/** Sends one lifecycle action and resolves with a sentence saying what the platform did. */
export async function runLifecycleAction(action: LifecycleAction, row: Pick<WorkspaceRow, "id" | "name">) {
  switch (action) {
    case "restart":
      await restartWorkspace(row.id);
      return `${row.name} is restarting.`;
    case "pause": {
      const reply = await pauseWorkspace(row.id);
      const others = reply.paused_count - 1;
      return others > 0 ? `${row.name} and ${others} below it are paused.` : `${row.name} is paused.`;
    }
    case "resume": {
      const reply = await resumeWorkspace(row.id);
      const others = reply.resumed_count - 1;
      return others > 0 ? `${row.name} and ${others} below it are starting.` : `${row.name} is starting.`;
    }
  }
}
