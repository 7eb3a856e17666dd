import type { FastifyInstance } from "fastify";
import { viewportSchema } from "@/lib/contract";
import type { Ctx } from "../context";
import { getViewport, saveViewport } from "../db/viewports";
import { guard, orgOf } from "../http/auth";
import { parseBody } from "../http/errors";

/** One canvas viewport per org (contract §2.4). */
export function registerViewportRoutes(app: FastifyInstance, ctx: Ctx) {
  app.get(
    "/canvas/viewport",
    async (req) => (await getViewport(ctx.db.pg, orgOf(req))) ?? { x: 0, y: 0, zoom: 1 },
  );

  app.put("/canvas/viewport", { preHandler: guard(ctx, "CANVAS") }, async (req) => {
    const v = parseBody(req.body, viewportSchema, "invalid viewport data");
    await saveViewport(ctx.db.pg, orgOf(req), v);
    return { status: "saved" };
  });
}
