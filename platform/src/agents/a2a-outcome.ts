import type { ErrorCode } from "@/lib/contract";

/** Why the proxy refused a call before forwarding it (contract §4.1, in the order it checks). */
export type RejectReason =
  | "loop"
  | "invalid_caller"
  | "invalid_json"
  | "invalid_body"
  | "not_found"
  | "missing_caller_token"
  | "invalid_caller_token"
  | "hierarchy"
  | "over_budget"
  | "waking"
  | "no_url";

const REJECT_CODE: Record<RejectReason, ErrorCode> = {
  loop: "a2a_loop",
  invalid_caller: "invalid_caller_id",
  invalid_json: "invalid_json",
  invalid_body: "invalid_body",
  not_found: "workspace_not_found",
  missing_caller_token: "unauthenticated",
  invalid_caller_token: "invalid_token",
  hierarchy: "communication_denied",
  over_budget: "budget_exceeded",
  waking: "workspace_waking",
  no_url: "workspace_unavailable",
};

/** How long a caller is told to wait for a hibernated workspace that is waking up. */
export const WAKE_RETRY_SECONDS = 15;

/** A call that did not bring back the agent's answer. */
export type ProxyFailure =
  | { kind: "rejected"; reason: RejectReason; error: string; details?: Record<string, unknown> }
  | { kind: "not_routable" }
  /** The agent answered with an error status of its own. */
  | { kind: "agent_error"; status: number; error: string }
  | { kind: "bad_response"; deliveryConfirmed: boolean }
  /** The agent could not be reached; `restarting` when that triggered a restart of it. */
  | { kind: "unreachable"; restarting: boolean };

/** The agent's answer, or the failure the call met before or during the delivery. */
export type DeliveryOutcome = { kind: "delivered"; status: number; body: unknown } | ProxyFailure;

/** What one proxied A2A call came to; routes map it to HTTP. */
export type ProxyOutcome = DeliveryOutcome | { kind: "queued"; queueId: string; depth: number };

/** The contract's error body for a failure: what the caller reads and the activity log keeps. */
export function failureBody(
  failure: ProxyFailure,
): { error: string; code: ErrorCode } & Record<string, unknown> {
  switch (failure.kind) {
    case "rejected":
      return { ...failure.details, error: failure.error, code: REJECT_CODE[failure.reason] };
    case "not_routable":
      return { error: "workspace URL is not publicly routable", code: "url_not_routable" };
    case "agent_error":
      return { error: failure.error, code: "agent_error" };
    case "bad_response":
      return {
        error: "failed to read agent response",
        code: "bad_agent_response",
        delivery_confirmed: failure.deliveryConfirmed,
      };
    case "unreachable":
      return failure.restarting
        ? {
            error: "workspace agent unreachable — container restart triggered",
            code: "agent_restarting",
            restarting: true,
          }
        : { error: "failed to reach workspace agent", code: "agent_unreachable" };
  }
}
