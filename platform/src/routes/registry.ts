import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  checkAccessRequestSchema,
  heartbeatRequestSchema,
  registerRequestSchema,
  updateCardRequestSchema,
  type Peer,
  type RegisterResponse,
} from "@/lib/contract";
import { drainQueueFor } from "../agents/a2a-drain";
import { registeredUrl } from "../agents/url-guard";
import type { Ctx } from "../context";
import { peersOf } from "../db/registry";
import { hasLiveToken, mintWorkspaceToken } from "../db/tokens";
import { getWorkspace, setStatus, updateWorkspace } from "../db/workspaces";
import { heartbeatTransition } from "../domain/heartbeat";
import { canCommunicate } from "../db/hierarchy";
import { guard, isDevOpen, isOrgMember, orgOf } from "../http/auth";
import { HttpError, badRequest, isUuid, notFound, parseBody, workspaceIdParam } from "../http/errors";

type Body = Record<string, unknown> | undefined;
const bodyField = (key: string) => (req: FastifyRequest) => {
  const v = (req.body as Body)?.[key];
  return typeof v === "string" && isUuid(v) ? v.toLowerCase() : undefined;
};

/** Agent registry (contract §4.2): register, heartbeat, update-card, peers, discover, check-access. */
export function registerRegistryRoutes(app: FastifyInstance, ctx: Ctx) {
  // Peers and discovery: the agent itself, a member's session (the Details tab), or dev mode (§4.2).
  const agentOrMember = (idOf: (req: FastifyRequest) => string | undefined) => {
    const check = guard(ctx, "AGENT", idOf);
    return async (req: FastifyRequest, reply: FastifyReply) =>
      isDevOpen(ctx, req) || isOrgMember(req) ? undefined : check(req, reply);
  };

  app.post("/registry/register", { preHandler: guard(ctx, "AGENT", bodyField("id")) }, async (req) => {
    const body = parseBody(req.body, registerRequestSchema);
    const orgId = orgOf(req);
    const id = body.id.toLowerCase();
    // A workspace exists only once the org created it (stricter than upstream, which upserts an
    // unknown id and hands it a token): an outsider cannot mint itself a workspace identity.
    // Checked before the URL, so an unknown id never makes the platform resolve a name.
    const known = await getWorkspace(ctx.db.pg, orgId, id);
    if (!known || known.status === "removed") throw notFound("workspace not found", "workspace_not_found");
    const url = await registeredUrl(ctx, id, body.url);
    if (url === null) throw badRequest("invalid request body", "invalid_body");
    const token = await ctx.db
      .tx(async (tx) => {
        const rec = await getWorkspace(tx, orgId, id);
        if (!rec || rec.status === "removed") return undefined;
        const live = { url, agent_card: body.agent_card, last_heartbeat_at: new Date() };
        await setStatus(tx, orgId, id, "online", live);
        return (await hasLiveToken(tx, id)) ? null : mintWorkspaceToken(tx, id);
      })
      .catch((err) => {
        ctx.log.error(`register ${id} failed`, err);
        throw new HttpError(500, "registration failed", "internal_error");
      });
    if (token === undefined) throw notFound("workspace not found", "workspace_not_found");
    await ctx.events.publish(orgId, "WORKSPACE_ONLINE", id, { url, agent_card: body.agent_card });
    return { status: "registered", ...(token ? { auth_token: token } : {}) } satisfies RegisterResponse;
  });

  app.post(
    "/registry/heartbeat",
    { preHandler: guard(ctx, "AGENT", bodyField("workspace_id")) },
    async (req) => {
      const hb = parseBody(req.body, heartbeatRequestSchema);
      const orgId = orgOf(req);
      const id = hb.workspace_id.toLowerCase();
      const rec = await getWorkspace(ctx.db.pg, orgId, id);
      if (!rec) throw notFound("workspace not found", "workspace_not_found");
      if (rec.status === "removed") return { status: "ok" };
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
        drainQueueFor(ctx, orgId, id).catch((err) =>
          ctx.log.error(`draining the queue of ${id} failed`, err),
        );
      }
      return { status: "ok" };
    },
  );

  app.post(
    "/registry/update-card",
    { preHandler: guard(ctx, "AGENT", bodyField("workspace_id")) },
    async (req) => {
      const body = parseBody(req.body, updateCardRequestSchema);
      const orgId = orgOf(req);
      const id = body.workspace_id.toLowerCase();
      if (!(await updateWorkspace(ctx.db.pg, orgId, id, { agent_card: body.agent_card })))
        throw notFound("workspace not found", "workspace_not_found");
      await ctx.events.publish(orgId, "AGENT_CARD_UPDATED", id, { agent_card: body.agent_card });
      return { status: "updated" };
    },
  );

  app.get<{ Params: { id: string }; Querystring: { q?: string } }>(
    "/registry/:id/peers",
    {
      preHandler: agentOrMember((req) => {
        const id = (req.params as { id: string }).id;
        return isUuid(id) ? id.toLowerCase() : undefined; // a bad id is the handler's 400
      }),
    },
    async (req) => {
      const orgId = orgOf(req);
      const rec = await getWorkspace(ctx.db.pg, orgId, workspaceIdParam(req.params.id));
      if (!rec || rec.status === "removed") throw notFound("workspace not found", "workspace_not_found");
      const rows = await peersOf(ctx.db.pg, orgId, rec, req.query.q?.trim() || null);
      return rows.map((p): Peer => ({
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
    },
  );

  const callerHeader = (req: FastifyRequest) => {
    const h = req.headers["x-workspace-id"];
    return typeof h === "string" && isUuid(h) ? h.toLowerCase() : undefined;
  };
  app.get<{ Params: { id: string } }>(
    "/registry/discover/:id",
    { preHandler: agentOrMember(callerHeader) },
    async (req) => {
      const callerId = callerHeader(req);
      if (!callerId) throw badRequest("X-Workspace-ID header is required", "caller_id_required");
      const orgId = orgOf(req);
      const targetId = workspaceIdParam(req.params.id);
      if (!(await canCommunicate(ctx.db.pg, orgId, callerId, targetId))) {
        throw new HttpError(403, "not authorized to discover this workspace", "discovery_denied");
      }
      const rec = await getWorkspace(ctx.db.pg, orgId, targetId);
      if (!rec || !rec.url || !["online", "degraded"].includes(rec.status)) {
        throw new HttpError(503, "workspace not available", "workspace_unavailable", {
          status: rec?.status ?? "not_found",
        });
      }
      return { id: rec.id, url: rec.url, name: rec.name };
    },
  );

  app.post("/registry/check-access", async (req) => {
    const body = parseBody(req.body, checkAccessRequestSchema);
    return { allowed: await canCommunicate(ctx.db.pg, orgOf(req), body.caller_id, body.target_id) };
  });
}
