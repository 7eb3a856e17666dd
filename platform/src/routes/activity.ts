import type { FastifyInstance } from "fastify";
import { AGENT_ACTIVITY_TYPES, postActivityRequestSchema } from "@/lib/contract";
import type { Ctx } from "../context";
import { listActivity } from "../db/activity";
import { getWorkspace } from "../db/workspaces";
import { parseActivityQuery, type RawActivityQuery } from "../domain/activity-query";
import { logActivity } from "../events/activity";
import { guard, orgOf } from "../http/auth";
import { HttpError, badRequest, notFound, parseBody, workspaceIdParam } from "../http/errors";

type ActivityRoute = { Params: { id: string }; Querystring: RawActivityQuery };

const query = (raw: RawActivityQuery, max: number) => {
  const q = parseActivityQuery(raw, max);
  if (typeof q === "string") throw badRequest(q, "invalid_query");
  return q;
};

/** Activity log (contract §6) plus the tenant-wide `GET /activity` extension. */
export function registerActivityRoutes(app: FastifyInstance, ctx: Ctx) {
  app.get<ActivityRoute>("/workspaces/:id/activity", { preHandler: guard(ctx, "WSAUTH") }, async (req) => {
    const workspaceId = workspaceIdParam(req.params.id);
    const q = query(req.query, 500);
    return listActivity(ctx.db.pg, orgOf(req), { ...q, workspaceId }).catch((err) => {
      ctx.log.error("activity query failed", err);
      throw new HttpError(500, "query failed", "internal_error");
    });
  });

  app.post<ActivityRoute>("/workspaces/:id/activity", { preHandler: guard(ctx, "WSAUTH") }, async (req) => {
    const workspaceId = workspaceIdParam(req.params.id);
    const type = (req.body as { activity_type?: unknown } | undefined)?.activity_type;
    if (typeof type !== "string" || !(AGENT_ACTIVITY_TYPES as readonly string[]).includes(type)) {
      throw badRequest(`activity_type must be one of: ${AGENT_ACTIVITY_TYPES.join(", ")}`, "invalid_body");
    }
    const body = parseBody(req.body, postActivityRequestSchema);
    if (body.source_id !== undefined && body.source_id.toLowerCase() !== workspaceId) {
      throw new HttpError(403, "source_id must match the workspace ID", "source_mismatch");
    }
    // A row goes only on a workspace of this org (a foreign id is a 404, as on every :id route).
    if (!(await getWorkspace(ctx.db.pg, orgOf(req), workspaceId)))
      throw notFound("workspace not found", "workspace_not_found");
    const metadata = body.metadata as { tool_trace?: unknown } | undefined;
    await logActivity(
      ctx,
      orgOf(req),
      {
        workspace_id: workspaceId,
        activity_type: body.activity_type,
        source_id: body.source_id?.toLowerCase() ?? null,
        target_id: body.target_id?.toLowerCase() ?? null,
        method: body.method ?? null,
        summary: body.summary ?? null,
        request_body: body.request_body,
        response_body: body.response_body,
        tool_trace: metadata?.tool_trace,
        duration_ms: body.duration_ms ?? null,
        status: body.status ?? "ok",
        error_detail: body.error_detail ?? null,
      },
      { announce: true },
    );
    return { status: "logged" };
  });

  app.get<{ Querystring: RawActivityQuery }>("/activity", { preHandler: guard(ctx, "ADMIN") }, async (req) =>
    listActivity(ctx.db.pg, orgOf(req), query(req.query, 5000)),
  );
}
