import type { Ctx } from "../context";
import { listWorkspaces } from "../db/workspaces";
import { importOrg } from "../lifecycle/org-import";
import { readOrgTemplate } from "../templates/org-catalog";

/**
 * With `MOLECULE_DEMO=seed|on`, an org that has no workspaces gets the `demo` org template,
 * so a fresh run shows a living org. Returns how many workspaces it created.
 */
export async function seedDemoOrg(ctx: Ctx, orgId = ctx.defaultOrgId): Promise<number> {
  if (ctx.config.demo === "off") return 0;
  if ((await listWorkspaces(ctx.db.pg, orgId)).length > 0) return 0;
  const found = await readOrgTemplate("demo");
  if (found.kind !== "ok") {
    ctx.log.warn(`demo org template unusable (${found.kind}); not seeding`);
    return 0;
  }
  const out = await importOrg(ctx, orgId, found.template);
  if (out.kind !== "imported") {
    ctx.log.warn(`demo org template names an unknown template (${out.template}); not seeding`);
    return 0;
  }
  ctx.log.info(`seeded the demo org "${out.result.org}" with ${out.result.count} workspaces`);
  return out.result.count;
}
