import type { FastifyInstance } from "fastify";
import { bundleSchema } from "@/lib/contract";
import type { Ctx } from "../context";
import { guard, orgOf } from "../http/auth";
import { badRequest, isUuid, notFound } from "../http/errors";
import { exportBundle, importBundle } from "../lifecycle/bundles";

/** Bundles: a workspace sub-tree as a portable `.bundle.json` (contract §5.1b). */
export function registerBundleRoutes(app: FastifyInstance, ctx: Ctx) {
  const admin = { preHandler: guard(ctx, "ADMIN") };

  app.get<{ Params: { id: string } }>("/bundles/export/:id", admin, async (req, reply) => {
    const bundle = isUuid(req.params.id)
      ? await exportBundle(ctx, orgOf(req), req.params.id.toLowerCase())
      : null;
    if (!bundle) throw notFound("bundle not found");
    const file = `${bundle.name.replace(/[^A-Za-z0-9._-]+/g, "-")}.bundle.json`;
    return reply.header("Content-Disposition", `attachment; filename="${file}"`).send(bundle);
  });

  app.post("/bundles/import", admin, async (req, reply) => {
    const parsed = bundleSchema.safeParse(req.body);
    if (!parsed.success) throw badRequest("invalid bundle");
    return reply.status(201).send(await importBundle(ctx, orgOf(req), parsed.data));
  });
}
