import type { WorkspaceStatus } from "./workspace";

/** Statuses in which a workspace's agent answers calls: degraded still serves, only worse. */
export const REACHABLE_STATUSES = ["online", "degraded"] as const satisfies readonly WorkspaceStatus[];

const REACHABLE: ReadonlySet<string> = new Set(REACHABLE_STATUSES);

/** Whether a workspace in `status` can be sent A2A calls (contract §2.2); unknown statuses cannot. */
export function isReachable(status: string): boolean {
  return REACHABLE.has(status);
}
