import type { OrgImportResponse, OrgTemplateNode } from "@/lib/contract";
import type { Ctx } from "../context";
import { inTx, insertWorkspace, type WorkspaceRecord } from "../db/workspaces";
import { layoutChildren } from "../domain/org-layout";
import { listTemplates, runtimeTimeoutMs, type TemplateManifest } from "../templates/catalog";
import type { OrgTemplate } from "../templates/org-catalog";
import { provisionImported } from "./pacing";

type Planned = {
  node: OrgTemplateNode;
  parentIndex: number | null;
  relX: number;
  relY: number;
  absX: number;
  absY: number;
};

/**
 * `POST /org/import` after the preflight (contract §5.1): inserts the whole tree in one
 * transaction (absolute layout stored), emits PROVISIONING per node with parent-relative x/y,
 * then provisions in the background, three at a time with pacing. A node naming a template the
 * catalog lacks refuses the whole import before anything is written.
 */
export async function importOrg(
  ctx: Ctx,
  orgId: string,
  template: OrgTemplate,
): Promise<{ kind: "imported"; result: OrgImportResponse } | { kind: "unknown_template"; template: string }> {
  const manifests = new Map((await listTemplates()).map((t) => [t.id, t]));
  const plan = planTree(template.workspaces);
  for (const { node } of plan) {
    if (node.template !== undefined && !manifests.has(node.template)) {
      return { kind: "unknown_template", template: node.template };
    }
  }

  const records = await inTx(ctx.db.pg, async (q) => {
    const out: WorkspaceRecord[] = [];
    for (const item of plan) {
      const manifest = item.node.template ? manifests.get(item.node.template) : undefined;
      const parent = item.parentIndex === null ? null : out[item.parentIndex]!;
      out.push(await insertWorkspace(q, orgId, fieldsFor(item, manifest, parent, [...manifests.values()])));
    }
    return out;
  });

  for (const [i, rec] of records.entries()) {
    const item = plan[i]!;
    await ctx.events.publish(orgId, "WORKSPACE_PROVISIONING", rec.id, {
      name: rec.name,
      tier: rec.tier,
      runtime: rec.runtime,
      x: item.relX,
      y: item.relY,
      ...(rec.parent_id ? { parent_id: rec.parent_id } : {}),
    });
    if (rec.status === "awaiting_agent") {
      await ctx.events.publish(orgId, "WORKSPACE_AWAITING_AGENT", rec.id, { name: rec.name, external: true });
    }
  }
  const toProvision = records.filter((r) => r.status === "provisioning");
  await provisionImported(ctx, orgId, toProvision, "org import provisioning");

  const result = {
    org: template.name,
    workspaces: records.map((r) => ({ id: r.id, name: r.name, tier: r.tier })),
    count: records.length,
  };
  return { kind: "imported", result };
}

/** Preorder walk (parents before children) with parent-relative and absolute positions. */
function planTree(roots: OrgTemplateNode[]): Planned[] {
  const out: Planned[] = [];
  const walk = (nodes: OrgTemplateNode[], parentIndex: number | null, baseX: number, baseY: number) => {
    const slots = layoutChildren(nodes.length, parentIndex === null);
    nodes.forEach((node, i) => {
      const relX = node.x ?? slots[i]!.x;
      const relY = node.y ?? slots[i]!.y;
      const item = { node, parentIndex, relX, relY, absX: baseX + relX, absY: baseY + relY };
      out.push(item);
      walk(node.children ?? [], out.length - 1, item.absX, item.absY);
    });
  };
  walk(roots, null, 0, 0);
  return out;
}

function fieldsFor(
  item: Planned,
  manifest: TemplateManifest | undefined,
  parent: WorkspaceRecord | null,
  all: TemplateManifest[],
) {
  const runtime = item.node.runtime ?? manifest?.runtime ?? "langgraph";
  const external = runtime === "external";
  return {
    name: item.node.name,
    role: item.node.role ?? manifest?.role ?? null,
    tier: item.node.tier ?? manifest?.tier ?? 3,
    status: external ? ("awaiting_agent" as const) : ("provisioning" as const),
    parent_id: parent?.id ?? null,
    runtime,
    external,
    model: manifest?.model ?? "",
    provision_timeout_ms: runtimeTimeoutMs(all, runtime),
    runtime_config: {
      ...(manifest?.runtime_config ?? {}),
      ...(manifest ? { template: manifest.id, skills: manifest.skills ?? [] } : {}),
      workspace_access: "none",
    },
    x: item.absX,
    y: item.absY,
    collapsed: false,
  };
}
