import type { WorkspaceStatus } from "@/lib/contract";

export type HeartbeatSignal = {
  error_rate: number;
  sample_error: string;
  runtime_state: "" | "wedged";
  /** The adapter manages its own status (`runtime_metadata.capabilities.status_mgmt`): only a wedge moves it. */
  statusManaged: boolean;
};

export type HeartbeatTransition =
  | { to: "degraded"; event: "WORKSPACE_DEGRADED"; payload: Record<string, unknown> }
  | { to: "online"; event: "WORKSPACE_ONLINE"; payload: Record<string, unknown> }
  | null;

/** The status change a heartbeat causes (contract §4.2); `failed` is never revived. */
export function heartbeatTransition(status: WorkspaceStatus, hb: HeartbeatSignal): HeartbeatTransition {
  const wedged = hb.runtime_state === "wedged";
  if (status === "online" && wedged) {
    return {
      to: "degraded",
      event: "WORKSPACE_DEGRADED",
      payload: { runtime_state: "wedged", sample_error: hb.sample_error },
    };
  }
  if (hb.statusManaged) return null;
  if (status === "online" && hb.error_rate >= 0.5) {
    return {
      to: "degraded",
      event: "WORKSPACE_DEGRADED",
      payload: { error_rate: hb.error_rate, sample_error: hb.sample_error },
    };
  }
  if (status === "degraded" && hb.error_rate < 0.1 && !wedged)
    return { to: "online", event: "WORKSPACE_ONLINE", payload: {} };
  if (status === "offline") return { to: "online", event: "WORKSPACE_ONLINE", payload: {} };
  if (status === "provisioning") {
    return { to: "online", event: "WORKSPACE_ONLINE", payload: { recovered_from: "provisioning" } };
  }
  return null;
}
