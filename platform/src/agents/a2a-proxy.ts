import { a2aProxyRequestSchema, isReachable } from "@/lib/contract";
import type { Ctx } from "../context";
import { enqueueA2A } from "../db/a2a-queue";
import { hasLiveToken, workspaceForToken } from "../db/tokens";
import { getWorkspace, updateWorkspace, type WorkspaceRecord } from "../db/workspaces";
import { isReservedCaller, normaliseA2ARequest, toolTraceOf } from "../domain/a2a-request";
import { isUuid } from "../domain/uuid";
import { canCommunicate } from "../db/hierarchy";
import { logActivity } from "../events/activity";
import { MAX_A2A_HOPS } from "./a2a-hops";
import { forwardToAgent, type ForwardOutcome } from "./a2a-forward";
import {
  failureBody,
  WAKE_RETRY_SECONDS,
  type DeliveryOutcome,
  type ProxyFailure,
  type ProxyOutcome,
  type RejectReason,
} from "./a2a-outcome";
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

const reject = (reason: RejectReason, error: string, details?: Record<string, unknown>): ProxyFailure => ({
  kind: "rejected",
  reason,
  error,
  ...(details ? { details } : {}),
});

/** A call that passed every check: where it goes, the normalised body and its deadline. */
export type PreparedCall = {
  kind: "prepared";
  target: WorkspaceRecord;
  callerId: string | null;
  body: Record<string, unknown>;
  deadlineMs: number | null;
  hops: number;
};

/** `POST /workspaces/:id/a2a` (contract §4.1): checks in contract order, then one delivery. */
export async function proxyA2A(ctx: Ctx, call: ProxyCall): Promise<ProxyOutcome> {
  const prepared = await prepareA2ACall(ctx, call);
  if (prepared.kind !== "prepared") return prepared;
  const { target, callerId, body, deadlineMs, hops } = prepared;
  const out = await deliver(ctx, call.orgId, target, callerId, body, deadlineMs, hops);
  if (out.kind !== "busy") return out;
  return queueBusyCall(ctx, call, callerId, body);
}

/** Queues the call of a busy agent for a later heartbeat or drain tick. */
export async function queueBusyCall(
  ctx: Ctx,
  call: ProxyCall,
  callerId: string | null,
  body: Record<string, unknown>,
): Promise<ProxyOutcome> {
  const queued = await enqueueA2A(
    ctx.db.pg,
    call.orgId,
    call.targetId,
    callerId,
    call.delegationId ?? null,
    body,
  );
  return { kind: "queued", queueId: queued.id, depth: queued.depth };
}

/** Runs the contract's checks in order; the first that fails comes back as a rejection. */
export async function prepareA2ACall(ctx: Ctx, call: ProxyCall): Promise<PreparedCall | ProxyFailure> {
  const { orgId, targetId } = call;
  const hops = call.hops ?? 0;
  if (hops >= MAX_A2A_HOPS) return reject("loop", `A2A call loop: the call already passed ${hops} proxies`);
  const callerId = call.callerId?.toLowerCase() ?? null;
  if (callerId !== null && (isReservedCaller(callerId) || !isUuid(callerId)))
    return reject("invalid_caller", "invalid caller ID");

  let parsed: unknown;
  try {
    parsed = JSON.parse(call.body);
  } catch {
    return reject("invalid_json", "invalid JSON");
  }
  const req = a2aProxyRequestSchema.safeParse(parsed);
  if (!req.success) return reject("invalid_body", "invalid JSON");

  const target = await getWorkspace(ctx.db.pg, orgId, targetId);
  if (!target || target.status === "removed") return reject("not_found", "workspace not found");

  if (
    callerId !== null &&
    callerId !== targetId &&
    !call.trusted &&
    (await hasLiveToken(ctx.db.pg, callerId))
  ) {
    if (!call.bearer) return reject("missing_caller_token", "missing caller auth token");
    if ((await workspaceForToken(ctx.db.pg, call.bearer)) !== callerId)
      return reject("invalid_caller_token", "invalid caller auth token");
  }
  if (callerId !== null && !(await canCommunicate(ctx.db.pg, orgId, callerId, targetId))) {
    return reject("hierarchy", "access denied: workspaces cannot communicate per hierarchy rules");
  }
  if (target.budget_limit !== null && Number(target.monthly_spend) >= Number(target.budget_limit)) {
    return reject("over_budget", "workspace budget limit exceeded");
  }
  if (target.status === "hibernated" && ctx.provisioner.available) {
    void restartWorkspace(ctx, orgId, target.id).catch((err) =>
      ctx.log.warn(`waking ${target.id} failed`, err),
    );
    return reject(
      "waking",
      `workspace is waking from hibernation — retry in ~${WAKE_RETRY_SECONDS} seconds`,
      { waking: true, retry_after: WAKE_RETRY_SECONDS },
    );
  }
  if (!target.url) return reject("no_url", "workspace has no URL", { status: target.status });

  const body = normaliseA2ARequest(req.data);
  const deadlineMs =
    call.timeoutSeconds && call.timeoutSeconds > 0
      ? call.timeoutSeconds * 1000
      : callerId
        ? AGENT_CALLER_CEILING_MS
        : null;
  return { kind: "prepared", target, callerId, body, deadlineMs, hops };
}

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
): Promise<DeliveryOutcome | { kind: "busy" }> {
  const checked = await outboundDestination(ctx, target);
  if (!checked.ok) return { kind: "not_routable" };
  const started = Date.now();
  const forwarded = await forwardToAgent(checked.dest, body, {
    idleMs: ctx.config.agents.a2aIdleTimeoutSeconds * 1000,
    deadlineMs,
    events: ctx.events,
    targetId: target.id,
    hops: hops + 1,
  });
  if (forwarded.kind === "busy") return forwarded;
  const duration = Date.now() - started;
  const out = deliveryOutcome(ctx, orgId, target, forwarded);
  await recordDelivery(ctx, orgId, target, callerId, body, out, duration);
  return out;
}

/** What a forward came to for the caller; an agent that refused connections gets restarted. */
export function deliveryOutcome(
  ctx: Ctx,
  orgId: string,
  target: WorkspaceRecord,
  out: Exclude<ForwardOutcome, { kind: "busy" }>,
): DeliveryOutcome {
  if (out.kind === "ok") return { kind: "delivered", status: out.status, body: out.body };
  if (out.kind === "agent_error" || out.kind === "bad_response") return out;
  if (out.refused && ctx.provisioner.available && !target.external) {
    void restartDeadAgent(ctx, orgId, target);
    return { kind: "unreachable", restarting: true };
  }
  return { kind: "unreachable", restarting: false };
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
  out: DeliveryOutcome,
  duration: number,
) {
  const method = typeof body.method === "string" ? body.method : null;
  const ok = out.kind === "delivered";
  const responseBody = ok ? out.body : failureBody(out);
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
      response_body: responseBody,
      tool_trace: ok ? toolTraceOf(out.body) : undefined,
      duration_ms: duration,
      status: ok ? "ok" : "error",
      error_detail: ok ? null : failureBody(out).error,
    },
    { announce: true },
  );
  if (ok && callerId === null) {
    await ctx.events.publish(orgId, "A2A_RESPONSE", target.id, {
      response_body: out.body,
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
    if (!now || !isReachable(now.status)) return;
    await markOffline(ctx, orgId, now);
    await autoRestart(ctx, orgId, target.id);
  } catch (err) {
    ctx.log.warn(`restarting unreachable agent ${target.id} failed`, err);
  }
}
