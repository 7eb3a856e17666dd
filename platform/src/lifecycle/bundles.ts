import type { Bundle, BundleImportResult } from "@/lib/contract";
import type { Ctx } from "../context";
import type { Queryable } from "../db/database";
import { childrenOf, getWorkspace, inTx, insertWorkspace, type WorkspaceRecord } from "../db/workspaces";
import { layoutChildren } from "../domain/org-layout";
import { BUNDLE_LIMITS, checkTreeLimits, type TreeLimitError } from "../domain/tree-limits";
import { provisionImported } from "./pacing";

export const BUNDLE_SCHEMA = "molecule.bundle/v1";

type StoredSkill = { id?: string; name?: string; description?: string; files?: Record<string, string> };

export type BundleExport =
  { kind: "ok"; bundle: Bundle } | { kind: "not_found" } | ({ kind: "too_large" } & TreeLimitError);

/**
 * A workspace sub-tree as a bundle (contract §5.1b). Secrets never leave. A tree larger than
 * import accepts is refused whole rather than cut, so an export always imports back complete.
 */
export async function exportBundle(ctx: Ctx, orgId: string, id: string): Promise<BundleExport> {
  const rec = await getWorkspace(ctx.db.pg, orgId, id);
  if (!rec || rec.status === "removed") return { kind: "not_found" };
  const bundle = await toBundle(ctx.db.pg, orgId, rec, new Set([rec.id]));
  const tooLarge = checkTreeLimits([bundle], "sub_workspaces", BUNDLE_LIMITS);
  return tooLarge ? { kind: "too_large", ...tooLarge } : { kind: "ok", bundle };
}

/** `seen` stops at a loop in parent_id (PATCH does not prevent one) instead of walking it forever. */
async function toBundle(
  q: Queryable,
  orgId: string,
  rec: WorkspaceRecord,
  seen: Set<string>,
): Promise<Bundle> {
  const cfg = rec.runtime_config;
  const skills = (Array.isArray(cfg.skills) ? cfg.skills : (rec.agent_card?.skills ?? [])) as StoredSkill[];
  const children = (await childrenOf(q, orgId, rec.id)).filter((c) => !seen.has(c.id));
  for (const c of children) seen.add(c.id);
  return {
    schema: BUNDLE_SCHEMA,
    id: rec.id,
    name: rec.name,
    description: rec.agent_card?.description ?? rec.role ?? "",
    tier: rec.tier,
    model: rec.model,
    system_prompt: typeof cfg.system_prompt === "string" ? cfg.system_prompt : "",
    skills: skills.map((s) => ({
      id: s.id ?? s.name ?? "",
      name: s.name ?? s.id ?? "",
      description: s.description ?? "",
      files: s.files ?? {},
    })),
    tools: Array.isArray(cfg.tools) ? (cfg.tools as Bundle["tools"]) : [],
    prompts: (cfg.prompts as Record<string, string> | undefined) ?? {},
    sub_workspaces: await Promise.all(children.map((c) => toBundle(q, orgId, c, seen))),
    agent_card: rec.agent_card,
    author: "",
    version: "1",
    runtime: rec.runtime,
    role: rec.role,
  };
}

type Planned = { bundle: Bundle; parentIndex: number | null; x: number; y: number };

/**
 * Imports a bundle with fresh ids: the whole tree in one transaction, PROVISIONING
 * `{name, tier, source_bundle_id}` per node, then paced provisioning. Returns the nested results.
 * The caller has checked the bundle against BUNDLE_LIMITS: every node is created.
 */
export async function importBundle(ctx: Ctx, orgId: string, bundle: Bundle): Promise<BundleImportResult> {
  const plan: Planned[] = [];
  const walk = (b: Bundle, parentIndex: number | null, x: number, y: number) => {
    plan.push({ bundle: b, parentIndex, x, y });
    const self = plan.length - 1;
    const slots = layoutChildren(b.sub_workspaces.length, false);
    b.sub_workspaces.forEach((child, i) => walk(child, self, x + slots[i]!.x, y + slots[i]!.y));
  };
  walk(bundle, null, 0, 0);

  const records = await inTx(ctx.db.pg, async (q) => {
    const out: WorkspaceRecord[] = [];
    for (const item of plan) {
      const b = item.bundle;
      out.push(
        await insertWorkspace(q, orgId, {
          name: b.name,
          role: b.role || null,
          tier: b.tier,
          status: "provisioning",
          parent_id: item.parentIndex === null ? null : out[item.parentIndex]!.id,
          runtime: b.runtime ?? "langgraph",
          model: b.model,
          agent_card: b.agent_card,
          runtime_config: {
            system_prompt: b.system_prompt,
            skills: b.skills,
            tools: b.tools,
            prompts: b.prompts,
            source_bundle_id: b.id,
          },
          x: item.x,
          y: item.y,
        }),
      );
    }
    return out;
  });

  for (const [i, rec] of records.entries()) {
    await ctx.events.publish(orgId, "WORKSPACE_PROVISIONING", rec.id, {
      name: rec.name,
      tier: rec.tier,
      source_bundle_id: plan[i]!.bundle.id,
    });
  }
  await provisionImported(ctx, orgId, records, "bundle import provisioning");
  const results: BundleImportResult[] = [];
  for (const rec of records) {
    const now = await getWorkspace(ctx.db.pg, orgId, rec.id);
    const failed = now?.status === "failed";
    results.push({
      workspace_id: rec.id,
      name: rec.name,
      status: failed ? "failed" : "provisioning",
      ...(failed && now?.last_sample_error ? { error: now.last_sample_error } : {}),
    });
  }
  // Nest the flat results the way the bundle was nested.
  for (let i = plan.length - 1; i > 0; i--) {
    const parent = results[plan[i]!.parentIndex!]!;
    parent.children = [results[i]!, ...(parent.children ?? [])];
  }
  return results[0]!;
}
