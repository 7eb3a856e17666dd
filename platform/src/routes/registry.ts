import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  checkAccessRequestSchema,
  heartbeatRequestSchema,
  registerRequestSchema,
  updateCardRequestSchema,
  type ErrorCode,
  type RegisterResponse,
} from "@/lib/contract";
import type { Ctx } from "../context";
import { canCommunicate } from "../db/hierarchy";
import { isUuid } from "../domain/uuid";
import { guard, isDevOpen, isOrgMember, orgOf } from "../http/auth";
import { HttpError, badRequest, parseBody, workspaceIdParam } from "../http/errors";
import {
  discoverWorkspace,
  listPeers,
  recordHeartbeat,
  registerAgent,
  updateAgentCard,
  type RegistryRefusal,
} from "../lifecycle/registry";

const REFUSAL: Record<RegistryRefusal["kind"], { status: number; code: ErrorCode; error: string }> = {
  not_found: { status: 404, code: "workspace_not_found", error: "workspace not found" },
  invalid_url: { status: 400, code: "invalid_body", error: "invalid request body" },
  failed: { status: 500, code: "internal_error", error: "registration failed" },
  denied: { status: 403, code: "discovery_denied", error: "not authorized to discover this workspace" },
  unavailable: { status: 503, code: "workspace_unavailable", error: "workspace not available" },
};

/** The contract's error (§4.2) for a refused registry call. */
function refusal(out: RegistryRefusal): HttpError {
  const { status, code, error } = REFUSAL[out.kind];
  return new HttpError(status, error, code, out.kind === "unavailable" ? { status: out.status } : {});
}

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
    const out = await registerAgent(ctx, orgOf(req), parseBody(req.body, registerRequestSchema));
    if (out.kind !== "registered") throw refusal(out);
    return {
      status: "registered",
      ...(out.authToken ? { auth_token: out.authToken } : {}),
    } satisfies RegisterResponse;
  });

  app.post(
    "/registry/heartbeat",
    { preHandler: guard(ctx, "AGENT", bodyField("workspace_id")) },
    async (req) => {
      const out = await recordHeartbeat(ctx, orgOf(req), parseBody(req.body, heartbeatRequestSchema));
      if (out.kind !== "ok") throw refusal(out);
      return { status: "ok" };
    },
  );

  app.post(
    "/registry/update-card",
    { preHandler: guard(ctx, "AGENT", bodyField("workspace_id")) },
    async (req) => {
      const body = parseBody(req.body, updateCardRequestSchema);
      const id = body.workspace_id.toLowerCase();
      const out = await updateAgentCard(ctx, orgOf(req), id, body.agent_card);
      if (out.kind !== "updated") throw refusal(out);
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
      const id = workspaceIdParam(req.params.id);
      const out = await listPeers(ctx, orgOf(req), id, req.query.q?.trim() || null);
      if (out.kind !== "ok") throw refusal(out);
      return out.peers;
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
      const out = await discoverWorkspace(ctx, orgOf(req), callerId, workspaceIdParam(req.params.id));
      if (out.kind !== "found") throw refusal(out);
      return { id: out.id, url: out.url, name: out.name };
    },
  );

  app.post("/registry/check-access", async (req) => {
    const body = parseBody(req.body, checkAccessRequestSchema);
    return { allowed: await canCommunicate(ctx.db.pg, orgOf(req), body.caller_id, body.target_id) };
  });
}
