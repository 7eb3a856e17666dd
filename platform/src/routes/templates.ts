import type { FastifyInstance } from "fastify";
import { orgImportRequestSchema } from "@/lib/contract";
import type { Ctx } from "../context";
import { listSecrets } from "../db/secrets";
import { ORG_TEMPLATE_LIMITS, checkTreeLimits } from "../domain/tree-limits";
import { guard, orgOf } from "../http/auth";
import { HttpError, badRequest, parseBody } from "../http/errors";
import { importOrg } from "../lifecycle/org-import";
import { listTemplates } from "../templates/catalog";
import {
  listOrgTemplates,
  missingEnv,
  orgTemplateSchema,
  readOrgTemplate,
  type OrgTemplate,
} from "../templates/org-catalog";

/** Workspace templates, org templates and org import (contract §5.1). */
export function registerTemplateRoutes(app: FastifyInstance, ctx: Ctx) {
  const admin = { preHandler: guard(ctx, "ADMIN") };

  app.get("/templates", admin, async () =>
    (await listTemplates()).map((t) => ({
      id: t.id,
      name: t.name,
      description: t.description,
      tier: t.tier,
      runtime: t.runtime,
      model: t.model,
      ...(t.models ? { models: t.models } : {}),
      ...(t.required_env ? { required_env: t.required_env } : {}),
      skills: t.skills?.map((s) => s.name) ?? null,
      skill_count: t.skills?.length ?? 0,
      ...(t.provision_timeout_seconds ? { provision_timeout_seconds: t.provision_timeout_seconds } : {}),
    })),
  );

  app.get("/org/templates", admin, () => listOrgTemplates());

  app.post("/org/import", admin, async (req, reply) => {
    // Sized before the schema: zod recurses per level, and a deep enough body overflows the stack.
    const inline = (req.body as { template?: { workspaces?: unknown } } | undefined)?.template?.workspaces;
    if (Array.isArray(inline)) refuseOversized(inline);
    const body = parseBody(req.body, orgImportRequestSchema);
    const orgId = orgOf(req);
    const template = await resolveTemplate(body);
    if (!body.force && template.required_env.length > 0) {
      const present = new Set((await listSecrets(ctx.db.pg, orgId, null)).map((s) => s.key));
      const missing = missingEnv(template.required_env, present);
      if (missing.length > 0) {
        throw new HttpError(412, "missing required environment variables", "missing_env", {
          missing_env: missing,
          required_env: template.required_env,
          template: template.name,
          suggestion:
            "Add the missing keys as global secrets (Settings → Secrets), or import again with force=true.",
        });
      }
    }
    const out = await importOrg(ctx, orgId, template);
    if (out.kind === "unknown_template") {
      throw badRequest("org template expansion failed", "template_expansion_failed", {
        detail: `unknown template ${out.template}`,
      });
    }
    return reply.status(201).send(out.result);
  });
}

async function resolveTemplate(body: { dir?: string; template?: unknown }): Promise<OrgTemplate> {
  if (body.template !== undefined) {
    const parsed = orgTemplateSchema.safeParse(body.template);
    if (!parsed.success) throw badRequest("invalid org template", "invalid_template");
    return parsed.data;
  }
  const dir = body.dir ?? "";
  const found = await readOrgTemplate(dir);
  if (found.kind === "invalid-dir") throw badRequest("invalid org directory", "invalid_directory");
  if (found.kind === "not-found")
    throw new HttpError(404, `org template not found: ${dir}`, "template_not_found");
  if (found.kind === "invalid") throw badRequest("invalid org template", "invalid_template");
  refuseOversized(found.template.workspaces);
  return found.template;
}

function refuseOversized(roots: unknown[]) {
  const tooLarge = checkTreeLimits(roots, "children", ORG_TEMPLATE_LIMITS);
  if (tooLarge) throw badRequest(tooLarge.error, tooLarge.code);
}
