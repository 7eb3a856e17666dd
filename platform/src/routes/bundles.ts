import type { FastifyInstance } from "fastify";
import { bundleSchema } from "@/lib/contract";
import type { Ctx } from "../context";
import { BUNDLE_LIMITS, checkTreeLimits } from "../domain/tree-limits";
import { isUuid } from "../domain/uuid";
import { guard, orgOf } from "../http/auth";
import { badRequest, notFound } from "../http/errors";
import { exportBundle, importBundle } from "../lifecycle/bundles";

/** Bundles: a workspace sub-tree as a portable `.bundle.json` (contract §5.1b). */
export function registerBundleRoutes(app: FastifyInstance, ctx: Ctx) {
  const admin = { preHandler: guard(ctx, "ADMIN") };

  app.get<{ Params: { id: string } }>("/bundles/export/:id", admin, async (req, reply) => {
    const out = isUuid(req.params.id)
      ? await exportBundle(ctx, orgOf(req), req.params.id.toLowerCase())
      : ({ kind: "not_found" } as const);
    if (out.kind === "not_found") throw notFound("bundle not found", "bundle_not_found");
    if (out.kind === "too_large") throw badRequest(out.error, out.code);
    const file = `${out.bundle.name.replace(/[^A-Za-z0-9._-]+/g, "-")}.bundle.json`;
    return reply.header("Content-Disposition", `attachment; filename="${file}"`).send(out.bundle);
  });

  app.post("/bundles/import", admin, async (req, reply) => {
    // Sized before the schema: zod recurses per level, and a deep enough body overflows the stack.
    const tooLarge = checkTreeLimits([req.body], "sub_workspaces", BUNDLE_LIMITS);
    if (tooLarge) throw badRequest(tooLarge.error, tooLarge.code);
    const parsed = bundleSchema.safeParse(req.body);
    if (!parsed.success) throw badRequest("invalid bundle", "invalid_bundle");
    return reply.status(201).send(await importBundle(ctx, orgOf(req), parsed.data));
  });
}
