import { randomUUID } from "node:crypto";
import { extractA2AText } from "@/lib/contract";
import type { Ctx } from "../context";
import { insertActivity } from "../db/activity";
import { claimDelegationKey, delegationForKey, setDelegateStatus } from "../db/delegations";
import { failureBody, type ProxyOutcome } from "./a2a-outcome";
import { proxyA2A } from "./a2a-proxy";

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}...` : text);

export type DelegationStart = {
  delegation_id: string;
  status: "delegated";
  target_id: string;
  idempotent_hit?: true;
};

/**
 * Starts a delegation (contract §4.3–4.4): the `delegate` row (pending) and DELEGATION_SENT now,
 * the dispatch through the proxy as the source (so hierarchy applies) in the background.
 */
export async function startDelegation(
  ctx: Ctx,
  orgId: string,
  sourceId: string,
  req: { target_id: string; task: string; idempotency_key?: string },
): Promise<DelegationStart> {
  const targetId = req.target_id.toLowerCase();
  if (req.idempotency_key) {
    const hit = await delegationForKey(ctx.db.pg, sourceId, req.idempotency_key);
    if (hit)
      return {
        delegation_id: hit.delegation_id,
        status: "delegated",
        target_id: hit.target_id,
        idempotent_hit: true,
      };
  }
  const delegationId = randomUUID();
  if (
    req.idempotency_key &&
    !(await claimDelegationKey(ctx.db.pg, sourceId, req.idempotency_key, delegationId, targetId))
  ) {
    const hit = await delegationForKey(ctx.db.pg, sourceId, req.idempotency_key);
    return {
      delegation_id: hit!.delegation_id,
      status: "delegated",
      target_id: hit!.target_id,
      idempotent_hit: true,
    };
  }
  await insertDelegate(ctx, orgId, sourceId, targetId, delegationId, req.task, "pending");
  void dispatch(ctx, orgId, sourceId, targetId, delegationId, req.task).catch((err) =>
    ctx.log.error(`delegation ${delegationId} dispatch failed`, err),
  );
  return { delegation_id: delegationId, status: "delegated", target_id: targetId };
}

/** `/delegations/record`: an agent called the target directly; the row starts at `dispatched`. */
export async function recordDelegation(
  ctx: Ctx,
  orgId: string,
  sourceId: string,
  req: { target_id: string; task: string; delegation_id: string },
) {
  await insertDelegate(
    ctx,
    orgId,
    sourceId,
    req.target_id.toLowerCase(),
    req.delegation_id,
    req.task,
    "dispatched",
  );
}

async function insertDelegate(
  ctx: Ctx,
  orgId: string,
  sourceId: string,
  targetId: string,
  delegationId: string,
  task: string,
  status: string,
) {
  await insertActivity(ctx.db.pg, orgId, {
    workspace_id: sourceId,
    activity_type: "delegation",
    source_id: sourceId,
    target_id: targetId,
    method: "delegate",
    summary: `Delegating to ${targetId}`,
    request_body: { task, delegation_id: delegationId },
    status,
    delegation_id: delegationId,
  });
  await ctx.events.publish(orgId, "DELEGATION_SENT", sourceId, {
    delegation_id: delegationId,
    target_id: targetId,
    task_preview: clip(task, 100),
  });
}

async function dispatch(
  ctx: Ctx,
  orgId: string,
  sourceId: string,
  targetId: string,
  delegationId: string,
  task: string,
) {
  await setDelegateStatus(ctx.db.pg, orgId, sourceId, delegationId, "dispatched");
  await ctx.events.publish(orgId, "DELEGATION_STATUS", sourceId, {
    delegation_id: delegationId,
    target_id: targetId,
    status: "dispatched",
  });
  const body = JSON.stringify({
    method: "message/send",
    params: { message: { role: "user", parts: [{ kind: "text", text: task }] } },
  });
  const send = () =>
    proxyA2A(ctx, { orgId, targetId, callerId: sourceId, body, bearer: null, trusted: true, delegationId });
  let out = await send();
  if (isRetryable(out)) {
    await new Promise((r) => setTimeout(r, ctx.config.agents.delegationRetryMs));
    out = await send();
  }
  if (out.kind === "queued") {
    await setDelegateStatus(ctx.db.pg, orgId, sourceId, delegationId, "queued");
    await insertResult(
      ctx,
      orgId,
      sourceId,
      targetId,
      delegationId,
      "queued",
      { delegation_id: delegationId, queued: true },
      null,
    );
    await ctx.events.publish(orgId, "DELEGATION_STATUS", sourceId, {
      delegation_id: delegationId,
      target_id: targetId,
      status: "queued",
    });
    return;
  }
  await finishDelegation(
    ctx,
    orgId,
    sourceId,
    delegationId,
    out.kind === "delivered"
      ? { ok: true, response: out.body }
      : { ok: false, error: failureBody(out).error },
  );
}

/** The target may be back in a moment: it was unreachable (or restarting) or a gateway failed. */
function isRetryable(out: ProxyOutcome): boolean {
  switch (out.kind) {
    case "unreachable":
    case "not_routable":
    case "bad_response":
      return true;
    case "agent_error":
      return out.status === 502;
    default:
      return false;
  }
}

export type DelegationOutcome =
  { ok: true; response?: unknown; preview?: string; via?: string } | { ok: false; error: string };

/**
 * Completes or fails a delegation: the `delegate` row in place, a `delegate_result` row, the event.
 * False when the source has no such delegation.
 */
export async function finishDelegation(
  ctx: Ctx,
  orgId: string,
  sourceId: string,
  delegationId: string,
  out: DelegationOutcome,
): Promise<boolean> {
  const targetId = await setDelegateStatus(
    ctx.db.pg,
    orgId,
    sourceId,
    delegationId,
    out.ok ? "completed" : "failed",
  );
  if (targetId === null) return false;
  if (out.ok) {
    const text = out.preview ?? extractA2AText((out.response as { result?: unknown } | undefined)?.result);
    await insertResult(
      ctx,
      orgId,
      sourceId,
      targetId,
      delegationId,
      "completed",
      { text, delegation_id: delegationId },
      null,
    );
    await ctx.events.publish(orgId, "DELEGATION_COMPLETE", sourceId, {
      delegation_id: delegationId,
      target_id: targetId,
      response_preview: text.slice(0, 200),
      ...(out.via ? { via: out.via } : {}),
    });
    return true;
  }
  await insertResult(
    ctx,
    orgId,
    sourceId,
    targetId,
    delegationId,
    "failed",
    { delegation_id: delegationId },
    out.error,
  );
  await ctx.events.publish(orgId, "DELEGATION_FAILED", sourceId, {
    delegation_id: delegationId,
    target_id: targetId,
    error: out.error,
  });
  return true;
}

async function insertResult(
  ctx: Ctx,
  orgId: string,
  sourceId: string,
  targetId: string,
  delegationId: string,
  status: string,
  response: Record<string, unknown>,
  error: string | null,
) {
  await insertActivity(ctx.db.pg, orgId, {
    workspace_id: sourceId,
    activity_type: "delegation",
    source_id: sourceId,
    target_id: targetId,
    method: "delegate_result",
    summary: `Delegation ${status}`,
    response_body: response,
    status,
    error_detail: error,
    delegation_id: delegationId,
  });
}
