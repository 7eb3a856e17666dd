import type { FastifyInstance } from "fastify";
import {
  delegateRequestSchema,
  recordDelegationRequestSchema,
  updateDelegationRequestSchema,
  type DelegateResponse,
} from "@/lib/contract";
import { finishDelegation, recordDelegation, startDelegation } from "../agents/delegations";
import type { Ctx } from "../context";
import { listDelegations } from "../db/delegations";
import { isUuid } from "../domain/uuid";
import { guard, orgOf } from "../http/auth";
import { HttpError, badRequest, parseBody, workspaceIdParam } from "../http/errors";

type IdParams = { Params: { id: string } };

/** Delegation (contract §4.3): delegate, record, update, list. Rows live on the source workspace. */
export function registerDelegationRoutes(app: FastifyInstance, ctx: Ctx) {
  const wsauth = { preHandler: guard(ctx, "WSAUTH") };

  app.post<IdParams>("/workspaces/:id/delegate", wsauth, async (req, reply) => {
    const sourceId = workspaceIdParam(req.params.id);
    const raw = (req.body ?? {}) as { target_id?: unknown };
    if (typeof raw.target_id === "string" && !isUuid(raw.target_id))
      throw badRequest("target_id must be a valid UUID", "invalid_body");
    const body = parseBody(req.body, delegateRequestSchema, "invalid delegation request");
    if (body.target_id.toLowerCase() === sourceId)
      throw badRequest("self-delegation not permitted", "self_delegation");
    const out = await startDelegation(ctx, orgOf(req), sourceId, body);
    return reply.status(out.idempotent_hit ? 200 : 202).send(out satisfies DelegateResponse);
  });

  app.post<IdParams>("/workspaces/:id/delegations/record", wsauth, async (req, reply) => {
    const sourceId = workspaceIdParam(req.params.id);
    const body = parseBody(req.body, recordDelegationRequestSchema, "invalid delegation request");
    await recordDelegation(ctx, orgOf(req), sourceId, body);
    return reply.status(202).send({ delegation_id: body.delegation_id, status: "recorded" });
  });

  app.post<{ Params: { id: string; delegationId: string } }>(
    "/workspaces/:id/delegations/:delegationId/update",
    wsauth,
    async (req) => {
      const sourceId = workspaceIdParam(req.params.id);
      const body = parseBody(req.body, updateDelegationRequestSchema);
      const orgId = orgOf(req);
      const found = await finishDelegation(
        ctx,
        orgId,
        sourceId,
        req.params.delegationId,
        body.status === "completed"
          ? { ok: true, preview: body.response_preview ?? "" }
          : { ok: false, error: body.error ?? "failed" },
      );
      if (!found) throw new HttpError(404, "delegation not found", "delegation_not_found");
      return { status: "updated", delegation_id: req.params.delegationId };
    },
  );

  app.get<IdParams>("/workspaces/:id/delegations", wsauth, async (req) =>
    listDelegations(ctx.db.pg, orgOf(req), workspaceIdParam(req.params.id)),
  );
}
