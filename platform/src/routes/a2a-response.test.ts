import { describe, expect, it } from "vitest";
import { proxyResponse } from "./a2a-response";

describe("proxyResponse", () => {
  it("passes the agent's answer through with its status", () => {
    expect(proxyResponse({ kind: "delivered", status: 201, body: { result: "x" } })).toEqual({
      status: 201,
      body: { result: "x" },
    });
  });

  it("answers a queued call with 202 and where it waits", () => {
    expect(proxyResponse({ kind: "queued", queueId: "q1", depth: 3 })).toEqual({
      status: 202,
      body: {
        queued: true,
        queue_id: "q1",
        queue_depth: 3,
        message: "workspace agent busy — request queued, will dispatch when capacity available",
      },
    });
  });

  it("tells a caller of a waking workspace when to retry, in the body and the Retry-After header", () => {
    const waking = proxyResponse({
      kind: "rejected",
      reason: "waking",
      error: "workspace is waking from hibernation — retry in ~15 seconds",
      details: { waking: true, retry_after: 15 },
    });
    expect(waking).toEqual({
      status: 503,
      body: {
        error: "workspace is waking from hibernation — retry in ~15 seconds",
        code: "workspace_waking",
        waking: true,
        retry_after: 15,
      },
      headers: { "Retry-After": "15" },
    });
  });

  it.each([
    ["loop", 508, "a2a_loop"],
    ["invalid_caller", 403, "invalid_caller_id"],
    ["invalid_json", 400, "invalid_json"],
    ["invalid_body", 400, "invalid_body"],
    ["not_found", 404, "workspace_not_found"],
    ["missing_caller_token", 401, "unauthenticated"],
    ["invalid_caller_token", 401, "invalid_token"],
    ["hierarchy", 403, "communication_denied"],
    ["over_budget", 402, "budget_exceeded"],
    ["no_url", 503, "workspace_unavailable"],
  ] as const)("answers a %s rejection with %i, code %s and no extra headers", (reason, status, code) => {
    expect(proxyResponse({ kind: "rejected", reason, error: "why" })).toEqual({
      status,
      body: { error: "why", code },
    });
  });

  it("keeps the agent's own error status", () => {
    expect(proxyResponse({ kind: "agent_error", status: 418, error: "teapot" })).toEqual({
      status: 418,
      body: { error: "teapot", code: "agent_error" },
    });
  });

  it("answers 503 when an unreachable agent is being restarted and 502 otherwise", () => {
    expect(proxyResponse({ kind: "unreachable", restarting: true })).toEqual({
      status: 503,
      body: {
        error: "workspace agent unreachable — container restart triggered",
        code: "agent_restarting",
        restarting: true,
      },
    });
    expect(proxyResponse({ kind: "unreachable", restarting: false })).toEqual({
      status: 502,
      body: { error: "failed to reach workspace agent", code: "agent_unreachable" },
    });
  });

  it("answers 502 for a refused destination and an unreadable reply", () => {
    expect(proxyResponse({ kind: "not_routable" })).toEqual({
      status: 502,
      body: { error: "workspace URL is not publicly routable", code: "url_not_routable" },
    });
    expect(proxyResponse({ kind: "bad_response", deliveryConfirmed: false })).toEqual({
      status: 502,
      body: { error: "failed to read agent response", code: "bad_agent_response", delivery_confirmed: false },
    });
  });
});
