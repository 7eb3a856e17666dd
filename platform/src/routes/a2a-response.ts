import { failureBody, WAKE_RETRY_SECONDS, type ProxyOutcome, type RejectReason } from "../agents/a2a-outcome";

const REJECT_STATUS: Record<RejectReason, number> = {
  loop: 508,
  invalid_caller: 403,
  invalid_json: 400,
  invalid_body: 400,
  not_found: 404,
  missing_caller_token: 401,
  invalid_caller_token: 401,
  hierarchy: 403,
  over_budget: 402,
  waking: 503,
  no_url: 503,
};

/** The contract's answer (§4.1) for what a proxied call came to. */
export function proxyResponse(out: ProxyOutcome): {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
} {
  switch (out.kind) {
    case "delivered":
      return { status: out.status, body: out.body };
    case "queued":
      return {
        status: 202,
        body: {
          queued: true,
          queue_id: out.queueId,
          queue_depth: out.depth,
          message: "workspace agent busy — request queued, will dispatch when capacity available",
        },
      };
    case "rejected":
      return {
        status: REJECT_STATUS[out.reason],
        body: failureBody(out),
        ...(out.reason === "waking" ? { headers: { "Retry-After": String(WAKE_RETRY_SECONDS) } } : {}),
      };
    case "agent_error":
      return { status: out.status, body: failureBody(out) };
    case "unreachable":
      return { status: out.restarting ? 503 : 502, body: failureBody(out) };
    case "not_routable":
    case "bad_response":
      return { status: 502, body: failureBody(out) };
  }
}
