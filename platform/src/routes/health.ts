import type { FastifyInstance } from "fastify";
import type { Ctx } from "../context";
import { guard } from "../http/auth";

export function registerHealthRoutes(app: FastifyInstance, ctx: Ctx) {
  app.get("/health", async () => ({ status: "ok" }));
  app.get("/admin/liveness", { preHandler: guard(ctx, "ADMIN") }, async () => ({
    subsystems: ctx.supervisor.liveness(),
  }));
}
