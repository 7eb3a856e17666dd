import { a2aProxyRequestSchema, type ErrorCode } from "@/lib/contract";
import type { Ctx } from "../context";
import { hasLiveToken, workspaceForToken } from "../db/tokens";
import { getWorkspace, updateWorkspace, type WorkspaceRecord } from "../db/workspaces";
import { isReservedCaller, normaliseA2ARequest, toolTraceOf } from "../domain/a2a-request";
import { canCommunicate } from "../domain/hierarchy";
import { isUuid } from "../http/errors";
import { logActivity } from "../events/activity";
import { MAX_A2A_HOPS } from "./a2a-hops";
import { enqueueA2A } from "./a2a-queue";
import { forwardToAgent, type ForwardOutcome } from "./a2a-forward";
import { restartWorkspace } from "../lifecycle/provision";
import { autoRestart, markOffline } from "./auto-restart";
import { outboundDestination } from "./url-guard";

const AGENT_CALLER_CEILING_MS = 30 * 60_000;

export type ProxyCall = {
  orgId: string;
  targetId: string;
  /** X-Workspace-ID as sent; null for the canvas. */
  callerId: string | null;
  body: string;
  bearer: string | null;
  /** Server-internal dispatch (delegation, demo driver): the caller was authenticated already. */
  trusted?: boolean;
  timeoutSeconds?: number;
  delegationId?: string;
  /** X-Molecule-Hop as received: how many proxies the call passed already. */
  hops?: number;
};

export type ProxyResult = { status: number; body: unknown; headers?: Record<string, string> };

export const fail = (
  status: number,
  error: string,
  code: ErrorCode,
  extra: Record<string, unknown> = {},
  headers?: Record<string, string>,
): ProxyResult => ({
  status,
  body: { error, code, ...extra },
  ...(headers ? { headers } : {}),
});

/** The SSRF guard's answer (contract §4.5), checked right before every outbound call. */
export const NOT_ROUTABLE = fail(502, "workspace URL is not publicly routable", "url_not_routable");

/** A call that passed every check: where it goes, the normalised body and its deadline. */
export type PreparedCall = {
  target: WorkspaceRecord;
  callerId: string | null;
  body: Record<string, unknown>;
  deadlineMs: number | null;
  hops: number;
};

/** `POST /workspaces/:id/a2a` (contract §4.1): checks in contract order, then one delivery. */
export async function proxyA2A(ctx: Ctx, call: ProxyCall): Promise<ProxyResult> {
  const prepared = await prepareA2ACall(ctx, call);
  if ("status" in prepared) return prepared;
  const { target, callerId, body, deadlineMs, hops } = prepared;
  const out = await deliver(ctx, call.orgId, target, callerId, body, deadlineMs, hops);
  if (out.kind !== "busy") return out.result;
  return queueBusyCall(ctx, call, callerId, body);
}

/** The 202 answer for a busy agent, after queueing the call for a later heartbeat. */
export async function queueBusyCall(
  ctx: Ctx,
  call: ProxyCall,
  callerId: string | null,
  body: Record<string, unknown>,
): Promise<ProxyResult> {
  const queued = await enqueueA2A(
    ctx.db.pg,
    call.orgId,
    call.targetId,
    callerId,
    call.delegationId ?? null,
    body,
  );
  return {
    status: 202,
    body: {
      queued: true,
      queue_id: queued.id,
      queue_depth: queued.depth,
      message: "workspace agent busy — request queued, will dispatch when capacity available",
    },
  };
}

/** Runs the contract's checks in order; a failure comes back as the response to send. */
export async function prepareA2ACall(ctx: Ctx, call: ProxyCall): Promise<PreparedCall | ProxyResult> {
  const { orgId, targetId } = call;
  const hops = call.hops ?? 0;
  if (hops >= MAX_A2A_HOPS)
    return fail(508, `A2A call loop: the call already passed ${hops} proxies`, "a2a_loop");
  const callerId = call.callerId?.toLowerCase() ?? null;
  if (callerId !== null && (isReservedCaller(callerId) || !isUuid(callerId)))
    return fail(403, "invalid caller ID", "invalid_caller_id");

  let parsed: unknown;
  try {
    parsed = JSON.parse(call.body);
  } catch {
    return fail(400, "invalid JSON", "invalid_json");
  }
  const req = a2aProxyRequestSchema.safeParse(parsed);
  if (!req.success) return fail(400, "invalid JSON", "invalid_body");

  const target = await getWorkspace(ctx.db.pg, orgId, targetId);
  if (!target || target.status === "removed") return fail(404, "workspace not found", "workspace_not_found");

  if (
    callerId !== null &&
    callerId !== targetId &&
    !call.trusted &&
    (await hasLiveToken(ctx.db.pg, callerId))
  ) {
    if (!call.bearer) return fail(401, "missing caller auth token", "unauthenticated");
    if ((await workspaceForToken(ctx.db.pg, call.bearer)) !== callerId)
      return fail(401, "invalid caller auth token", "invalid_token");
  }
  if (callerId !== null && !(await canCommunicate(ctx.db.pg, orgId, callerId, targetId))) {
    return fail(
      403,
      "access denied: workspaces cannot communicate per hierarchy rules",
      "communication_denied",
    );
  }
  if (target.budget_limit !== null && Number(target.monthly_spend) >= Number(target.budget_limit)) {
    return fail(402, "workspace budget limit exceeded", "budget_exceeded");
  }
  if (target.status === "hibernated" && ctx.provisioner.available) {
    void restartWorkspace(ctx, orgId, target.id).catch((err) =>
      ctx.log.warn(`waking ${target.id} failed`, err),
    );
    return fail(
      503,
      "workspace is waking from hibernation — retry in ~15 seconds",
      "workspace_waking",
      { waking: true, retry_after: 15 },
      { "Retry-After": "15" },
    );
  }
  if (!target.url)
    return fail(503, "workspace has no URL", "workspace_unavailable", { status: target.status });

  const body = normaliseA2ARequest(req.data);
  const deadlineMs =
    call.timeoutSeconds && call.timeoutSeconds > 0
      ? call.timeoutSeconds * 1000
      : callerId
        ? AGENT_CALLER_CEILING_MS
        : null;
  return { target, callerId, body, deadlineMs, hops };
}

export type Delivery = { kind: "done"; result: ProxyResult; text: unknown } | { kind: "busy" };

/**
 * Forwards one normalised request and records it: the a2a_receive row + ACTIVITY_LOGGED, then
 * A2A_RESPONSE for canvas callers (before the caller hears back), `last_outbound_at` for agents.
 */
export async function deliver(
  ctx: Ctx,
  orgId: string,
  target: WorkspaceRecord,
  callerId: string | null,
  body: Record<string, unknown>,
  deadlineMs: number | null,
  hops = 0,
): Promise<Delivery> {
  const checked = await outboundDestination(ctx, target);
  if (!checked.ok) return { kind: "done", result: NOT_ROUTABLE, text: null };
  const started = Date.now();
  const out = await forwardToAgent(checked.dest, body, {
    idleMs: ctx.config.agents.a2aIdleTimeoutSeconds * 1000,
    deadlineMs,
    events: ctx.events,
    targetId: target.id,
    hops: hops + 1,
  });
  if (out.kind === "busy") return { kind: "busy" };
  const duration = Date.now() - started;
  const result = outcomeResult(ctx, orgId, target, out);
  await recordDelivery(ctx, orgId, target, callerId, body, result, duration);
  const ok = result.status < 400;
  return { kind: "done", result, text: ok ? (result.body as { result?: unknown }).result : null };
}

/** The response for a forward outcome; an agent that refused connections gets restarted. */
export function outcomeResult(
  ctx: Ctx,
  orgId: string,
  target: WorkspaceRecord,
  out: Exclude<ForwardOutcome, { kind: "busy" }>,
): ProxyResult {
  if (out.kind === "ok") return { status: out.status, body: out.body };
  if (out.kind === "agent_error") return fail(out.status, out.error, "agent_error");
  if (out.kind === "bad_response")
    return fail(502, "failed to read agent response", "bad_agent_response", {
      delivery_confirmed: out.deliveryConfirmed,
    });
  if (out.refused && ctx.provisioner.available && !target.external) {
    void restartDeadAgent(ctx, orgId, target);
    return fail(503, "workspace agent unreachable — container restart triggered", "agent_restarting", {
      restarting: true,
    });
  }
  return fail(502, "failed to reach workspace agent", "agent_unreachable");
}

/**
 * Records one finished call: the a2a_receive row + ACTIVITY_LOGGED, then A2A_RESPONSE for canvas
 * callers, `last_outbound_at` for agents. Streamed calls record their folded reply the same way.
 */
export async function recordDelivery(
  ctx: Ctx,
  orgId: string,
  target: WorkspaceRecord,
  callerId: string | null,
  body: Record<string, unknown>,
  result: ProxyResult,
  duration: number,
) {
  const method = typeof body.method === "string" ? body.method : null;
  const ok = result.status < 400;
  await logActivity(
    ctx,
    orgId,
    {
      workspace_id: target.id,
      activity_type: "a2a_receive",
      source_id: callerId,
      target_id: target.id,
      method,
      summary: `${method ?? "call"} → ${target.name}`,
      request_body: body,
      response_body: result.body,
      tool_trace: ok ? toolTraceOf(result.body) : undefined,
      duration_ms: duration,
      status: ok ? "ok" : "error",
      error_detail: ok ? null : String((result.body as { error?: unknown }).error ?? ""),
    },
    { announce: true },
  );
  if (ok && callerId === null) {
    await ctx.events.publish(orgId, "A2A_RESPONSE", target.id, {
      response_body: result.body,
      method,
      duration_ms: duration,
    });
  }
  if (ok && callerId !== null)
    await updateWorkspace(ctx.db.pg, orgId, callerId, { last_outbound_at: new Date() });
}

async function restartDeadAgent(ctx: Ctx, orgId: string, target: WorkspaceRecord) {
  try {
    const now = await getWorkspace(ctx.db.pg, orgId, target.id);
    if (!now || (now.status !== "online" && now.status !== "degraded")) return;
    await markOffline(ctx, orgId, now);
    await autoRestart(ctx, orgId, target.id);
  } catch (err) {
    ctx.log.warn(`restarting unreachable agent ${target.id} failed`, err);
  }
}
