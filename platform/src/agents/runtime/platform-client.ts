// Type-only imports and the dependency-free reachability rule: zod in the agent bundle would quadruple it
// (232 KB → 992 KB) and slow every agent's start; the platform validates both sides of these calls.
import type { DelegateResponse, RegisterResponse } from "@/lib/contract/registry";
import { isReachable } from "@/lib/contract/workspace-reachability";

/** The agent's side of the platform API: registry, activity and delegation, with its bearer. */
export type PlatformClient = ReturnType<typeof createPlatformClient>;

type Peer = { id: string; name: string; role: string | null; parent_id: string | null; status: string };
type ApprovalRow = { id: string; status: string; decided_by: string | null };
type DelegationRow = {
  type: string;
  status: string;
  delegation_id?: string;
  response_preview?: string;
  error?: string;
};

export function createPlatformClient(base: string, workspaceId: string, initialToken: string | null) {
  let token = initialToken;
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(base + path, {
      method,
      headers: {
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await res.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text.slice(0, 200)}`);
    return json as Record<string, unknown>;
  };

  return {
    async register(url: string, agentCard: unknown) {
      const out = (await call("POST", "/registry/register", {
        id: workspaceId,
        url,
        agent_card: agentCard,
      })) as Partial<RegisterResponse>;
      // The first register of a workspace without a token mints one; it is shown only here.
      if (typeof out.auth_token === "string") token = out.auth_token;
    },
    heartbeat(state: { active_tasks: number; current_task: string; uptime_seconds: number }) {
      return call("POST", "/registry/heartbeat", {
        workspace_id: workspaceId,
        error_rate: 0,
        sample_error: "",
        ...state,
      });
    },
    /** Best effort: an activity report that fails must never fail the task. */
    async report(activity_type: "task_update" | "agent_log", summary: string, status = "ok") {
      await call("POST", `/workspaces/${workspaceId}/activity`, { activity_type, summary, status }).catch(
        () => {},
      );
    },
    /** Direct children that can take work now; one still starting (or down) is left out of the split. */
    async children(): Promise<Peer[]> {
      const peers = (await call("GET", `/registry/${workspaceId}/peers`)) as unknown as Peer[];
      return peers.filter((p) => p.parent_id === workspaceId && isReachable(p.status));
    },
    async delegate(targetId: string, task: string): Promise<string> {
      const out = (await call("POST", `/workspaces/${workspaceId}/delegate`, {
        target_id: targetId,
        task,
      })) as Partial<DelegateResponse>;
      return String(out.delegation_id);
    },
    async requestApproval(action: string, reason: string): Promise<string> {
      const out = await call("POST", `/workspaces/${workspaceId}/approvals`, { action, reason });
      return String(out.approval_id);
    },
    async approvals(): Promise<ApprovalRow[]> {
      return (await call("GET", `/workspaces/${workspaceId}/approvals`)) as unknown as ApprovalRow[];
    },
    async delegationResults(): Promise<DelegationRow[]> {
      return (await call("GET", `/workspaces/${workspaceId}/delegations`)) as unknown as DelegationRow[];
    },
  };
}
