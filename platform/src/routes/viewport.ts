import type { FastifyInstance } from "fastify";
import { viewportSchema } from "@/lib/contract";
import type { Ctx } from "../context";
import { guard, orgOf } from "../http/auth";
import { parseBody } from "../http/errors";

/** One canvas viewport per org (contract §2.4). */
export function registerViewportRoutes(app: FastifyInstance, ctx: Ctx) {
  app.get("/canvas/viewport", async (req) => {
    const r = await ctx.db.pg.query<{ x: number; y: number; zoom: number }>(
      "SELECT x, y, zoom FROM canvas_viewports WHERE org_id = $1",
      [orgOf(req)],
    );
    return r.rows[0] ?? { x: 0, y: 0, zoom: 1 };
  });

  app.put("/canvas/viewport", { preHandler: guard(ctx, "CANVAS") }, async (req) => {
    const v = parseBody(req.body, viewportSchema, "invalid viewport data");
    await ctx.db.pg.query(
      `INSERT INTO canvas_viewports (org_id, x, y, zoom) VALUES ($1, $2, $3, $4)
       ON CONFLICT (org_id) DO UPDATE SET x = EXCLUDED.x, y = EXCLUDED.y, zoom = EXCLUDED.zoom`,
      [orgOf(req), v.x, v.y, v.zoom],
    );
    return { status: "saved" };
  });
}
