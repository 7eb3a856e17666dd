import type { FastifyInstance } from "fastify";
import type { Ctx } from "../context";
import { listStructureEvents, type StoredEvent } from "../db/structure-events";
import { guard, orgOf } from "../http/auth";
import { workspaceIdParam } from "../http/errors";

const toWire = (e: StoredEvent) => ({ ...e, created_at: e.created_at.toISOString() });

/** Persisted events, newest first, last 100 (contract §3.2). */
export function registerEventRoutes(app: FastifyInstance, ctx: Ctx) {
  app.get("/events", { preHandler: guard(ctx, "ADMIN") }, async (req) =>
    (await listStructureEvents(ctx.db.pg, orgOf(req))).map(toWire),
  );

  app.get<{ Params: { workspaceId: string } }>(
    "/events/:workspaceId",
    { preHandler: guard(ctx, "ADMIN") },
    async (req) =>
      (await listStructureEvents(ctx.db.pg, orgOf(req), workspaceIdParam(req.params.workspaceId))).map(
        toWire,
      ),
  );
}
