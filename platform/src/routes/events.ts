import type { FastifyInstance } from "fastify";
import type { Ctx } from "../context";
import { guard, orgOf } from "../http/auth";
import { workspaceIdParam } from "../http/errors";

type StoredEvent = {
  id: string;
  event_type: string;
  workspace_id: string | null;
  payload: unknown;
  created_at: Date;
};

const toWire = (e: StoredEvent) => ({ ...e, created_at: e.created_at.toISOString() });

/** Persisted events, newest first, last 100 (contract §3.2). */
export function registerEventRoutes(app: FastifyInstance, ctx: Ctx) {
  app.get("/events", { preHandler: guard(ctx, "ADMIN") }, async (req) => {
    const r = await ctx.db.pg.query<StoredEvent>(
      `SELECT id, event_type, workspace_id, payload, created_at FROM structure_events
       WHERE org_id = $1 ORDER BY created_at DESC, seq DESC LIMIT 100`,
      [orgOf(req)],
    );
    return r.rows.map(toWire);
  });

  app.get<{ Params: { workspaceId: string } }>(
    "/events/:workspaceId",
    { preHandler: guard(ctx, "ADMIN") },
    async (req) => {
      const r = await ctx.db.pg.query<StoredEvent>(
        `SELECT id, event_type, workspace_id, payload, created_at FROM structure_events
       WHERE org_id = $1 AND workspace_id = $2 ORDER BY created_at DESC, seq DESC LIMIT 100`,
        [orgOf(req), workspaceIdParam(req.params.workspaceId)],
      );
      return r.rows.map(toWire);
    },
  );
}
