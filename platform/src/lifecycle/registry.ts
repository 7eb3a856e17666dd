import type { z } from "zod";
import {
  isReachable,
  type AgentCard,
  type heartbeatRequestSchema,
  type Peer,
  type registerRequestSchema,
} from "@/lib/contract";
import { drainQueueFor } from "../agents/a2a-drain";
import { registeredUrl } from "../agents/url-guard";
import type { Ctx } from "../context";
import { canCommunicate } from "../db/hierarchy";
import { peersOf } from "../db/registry";
import { hasLiveToken, mintWorkspaceToken } from "../db/tokens";
import { getWorkspace, setStatus, updateWorkspace } from "../db/workspaces";
import { heartbeatTransition } from "../domain/heartbeat";

/** Why a registry call was refused; routes map each kind to the contract's error (§4.2). */
export type RegistryRefusal =
  | { kind: "not_found" }
  | { kind: "invalid_url" }
  | { kind: "failed" }
  | { kind: "denied" }
  | { kind: "unavailable"; status: string };

type Refused<K extends RegistryRefusal["kind"]> = Extract<RegistryRefusal, { kind: K }>;

/** `authToken` is set only on the register that minted it: the token is shown once. */
export type RegisterOutcome =
  { kind: "registered"; authToken: string | null } | Refused<"not_found" | "invalid_url" | "failed">;

/**
 * Marks a known workspace online at its checked URL and mints its token on the first register.
 * A workspace exists only once the org created it (stricter than upstream, which upserts an
 * unknown id and hands it a token): an outsider cannot mint itself a workspace identity.
 * Checked before the URL, so an unknown id never makes the platform resolve a name.
 */
export async function registerAgent(
  ctx: Ctx,
  orgId: string,
  body: z.infer<typeof registerRequestSchema>,
): Promise<RegisterOutcome> {
  const id = body.id.toLowerCase();
  const known = await getWorkspace(ctx.db.pg, orgId, id);
  if (!known || known.status === "removed") return { kind: "not_found" };
  const url = await registeredUrl(ctx, id, body.url);
  if (url === null) return { kind: "invalid_url" };
  let token: string | null | undefined;
  try {
    token = await ctx.db.tx(async (tx) => {
      const rec = await getWorkspace(tx, orgId, id);
      if (!rec || rec.status === "removed") return undefined;
      const live = { url, agent_card: body.agent_card, last_heartbeat_at: new Date() };
      await setStatus(tx, orgId, id, "online", live);
      return (await hasLiveToken(tx, id)) ? null : mintWorkspaceToken(tx, id);
    });
  } catch (err) {
    ctx.log.error(`register ${id} failed`, err);
    return { kind: "failed" };
  }
  if (token === undefined) return { kind: "not_found" };
  await ctx.events.publish(orgId, "WORKSPACE_ONLINE", id, { url, agent_card: body.agent_card });
  return { kind: "registered", authToken: token };
}

/**
 * Stores a heartbeat, applies the status transition it implies and publishes what changed; a
 * removed workspace's late heartbeat is accepted and ignored.
 */
export async function recordHeartbeat(
  ctx: Ctx,
  orgId: string,
  hb: z.infer<typeof heartbeatRequestSchema>,
): Promise<{ kind: "ok" } | Refused<"not_found">> {
  const id = hb.workspace_id.toLowerCase();
  const rec = await getWorkspace(ctx.db.pg, orgId, id);
  if (!rec) return { kind: "not_found" };
  if (rec.status === "removed") return { kind: "ok" };
  const transition = heartbeatTransition(rec.status, {
    ...hb,
    statusManaged: hb.runtime_metadata?.capabilities?.status_mgmt === true,
  });
  await updateWorkspace(ctx.db.pg, orgId, id, {
    active_tasks: hb.active_tasks,
    current_task: hb.current_task,
    uptime_seconds: Math.floor(hb.uptime_seconds),
    last_error_rate: hb.error_rate,
    last_sample_error: hb.sample_error,
    last_heartbeat_at: new Date(),
    ...(hb.monthly_spend > 0 ? { monthly_spend: hb.monthly_spend } : {}),
    ...(transition ? { status: transition.to } : {}),
  });
  if (transition) await ctx.events.publish(orgId, transition.event, id, transition.payload);
  if (hb.current_task !== rec.current_task) {
    await ctx.events.publish(orgId, "TASK_UPDATED", id, {
      current_task: hb.current_task,
      active_tasks: hb.active_tasks,
    });
  }
  await ctx.events.publish(orgId, "WORKSPACE_HEARTBEAT", id, {
    active_tasks: hb.active_tasks,
    uptime_seconds: Math.floor(hb.uptime_seconds),
  });
  // Capacity may have freed up: dispatch what waited for this agent.
  if (hb.active_tasks < rec.max_concurrent_tasks) {
    drainQueueFor(ctx, orgId, id).catch((err) => ctx.log.error(`draining the queue of ${id} failed`, err));
  }
  return { kind: "ok" };
}

/** Replaces the agent card an agent advertises and tells the canvas. */
export async function updateAgentCard(
  ctx: Ctx,
  orgId: string,
  id: string,
  card: AgentCard,
): Promise<{ kind: "updated" } | Refused<"not_found">> {
  if (!(await updateWorkspace(ctx.db.pg, orgId, id, { agent_card: card }))) return { kind: "not_found" };
  await ctx.events.publish(orgId, "AGENT_CARD_UPDATED", id, { agent_card: card });
  return { kind: "updated" };
}

/** The workspace's peers (contract §4.2), optionally filtered by name or role. */
export async function listPeers(
  ctx: Ctx,
  orgId: string,
  id: string,
  query: string | null,
): Promise<{ kind: "ok"; peers: Peer[] } | Refused<"not_found">> {
  const rec = await getWorkspace(ctx.db.pg, orgId, id);
  if (!rec || rec.status === "removed") return { kind: "not_found" };
  const rows = await peersOf(ctx.db.pg, orgId, rec, query);
  const peers = rows.map((p): Peer => ({
    id: p.id,
    name: p.name,
    role: p.role || null,
    tier: p.tier,
    status: p.status,
    url: p.url,
    parent_id: p.parent_id,
    active_tasks: p.active_tasks,
    agent_card: p.agent_card,
  }));
  return { kind: "ok", peers };
}

/** Where the caller may reach the target: allowed by the hierarchy, and only while it answers calls. */
export async function discoverWorkspace(
  ctx: Ctx,
  orgId: string,
  callerId: string,
  targetId: string,
): Promise<{ kind: "found"; id: string; url: string; name: string } | Refused<"denied" | "unavailable">> {
  if (!(await canCommunicate(ctx.db.pg, orgId, callerId, targetId))) return { kind: "denied" };
  const rec = await getWorkspace(ctx.db.pg, orgId, targetId);
  if (!rec || !rec.url || !isReachable(rec.status)) {
    return { kind: "unavailable", status: rec?.status ?? "not_found" };
  }
  return { kind: "found", id: rec.id, url: rec.url, name: rec.name };
}
