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
  const result = await importOrg(ctx, orgId, found.template);
  ctx.log.info(`seeded the demo org "${result.org}" with ${result.count} workspaces`);
  return result.count;
}
