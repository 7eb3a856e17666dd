import { SECRET_KEY_PATTERN, type CreateWorkspaceRequest } from "@/lib/contract";
import type { Ctx } from "../context";
import { upsertSecret } from "../db/secrets";
import { mintWorkspaceToken } from "../db/tokens";
import { getWorkspace, inTx, insertWorkspace, type WorkspaceRecord } from "../db/workspaces";
import { connectionSnippet, isExternalRuntime, isValidWorkspaceDir } from "../domain/workspace-rules";
import { secretBox } from "../secrets/crypto";
import { listTemplates, readTemplate, runtimeTimeoutMs } from "../templates/catalog";
import { startProvisioning } from "./provision";

/** A create request whose references do not hold; the route answers 400 with the kind's code. */
export type CreateRefusal =
  | { kind: "invalid_template" }
  | { kind: "invalid_secret_key" }
  | { kind: "invalid_directory" }
  | { kind: "parent_not_found" };

export type CreateOutcome = { kind: "created"; workspace: CreatedWorkspace } | CreateRefusal;

type CreatedWorkspace = Awaited<ReturnType<typeof finishCreate>>;

/**
 * `POST /workspaces` after parsing (contract §2.3): validates references, inserts the row with
 * its layout and secrets in one transaction, emits PROVISIONING before replying, then either
 * goes online (external with URL), waits for an agent (external without URL) or provisions.
 */
export async function createWorkspace(
  ctx: Ctx,
  orgId: string,
  body: CreateWorkspaceRequest,
): Promise<CreateOutcome> {
  const template = body.template !== undefined ? await readTemplate(body.template) : null;
  if (body.template !== undefined && !template) return { kind: "invalid_template" };
  if (Object.keys(body.secrets ?? {}).some((k) => !SECRET_KEY_PATTERN.test(k))) {
    return { kind: "invalid_secret_key" };
  }
  if (body.workspace_dir !== undefined && !isValidWorkspaceDir(body.workspace_dir)) {
    return { kind: "invalid_directory" };
  }
  if (body.parent_id && !(await getWorkspace(ctx.db.pg, orgId, body.parent_id.toLowerCase()))) {
    return { kind: "parent_not_found" };
  }
  const external = isExternalRuntime(body.runtime, body.external);
  const runtime = external ? "external" : (body.runtime ?? template?.runtime ?? "langgraph");
  const status = !external ? "provisioning" : body.url ? "online" : "awaiting_agent";
  const access = body.workspace_access ?? "none";
  const box = secretBox(ctx.config);
  const sealed = await Promise.all(
    Object.entries(body.secrets ?? {}).map(async ([k, v]) => [k, await box.seal(v)] as const),
  );

  const { rec, token } = await inTx(ctx.db.pg, async (q) => {
    const rec = await insertWorkspace(q, orgId, {
      name: body.name,
      role: body.role || null,
      tier: body.tier || template?.tier || 3,
      status,
      url: external ? (body.url ?? "") : "",
      parent_id: body.parent_id?.toLowerCase() ?? null,
      runtime,
      model: body.model ?? template?.model ?? "",
      external,
      max_concurrent_tasks:
        body.max_concurrent_tasks && body.max_concurrent_tasks > 0 ? body.max_concurrent_tasks : 1,
      workspace_dir: body.workspace_dir ?? null,
      budget_limit: body.budget_limit ?? null,
      provision_timeout_ms: runtimeTimeoutMs(await listTemplates(), runtime),
      agent_card: null,
      runtime_config: {
        ...(template?.runtime_config ?? {}),
        ...(template ? { template: template.id } : {}),
        workspace_access: access,
        ...(body.initial_memories?.length ? { initial_memories: body.initial_memories } : {}),
      },
      ...(body.canvas ? { x: body.canvas.x, y: body.canvas.y } : {}),
    });
    for (const [k, v] of sealed) await upsertSecret(q, orgId, rec.id, k, v);
    // Every external agent gets its token here, shown once: outside dev mode it cannot register
    // without one (no first-register minting, stricter than upstream).
    const token = external ? await mintWorkspaceToken(q, rec.id) : null;
    return { rec, token };
  });

  await ctx.events.publish(orgId, "WORKSPACE_PROVISIONING", rec.id, {
    name: rec.name,
    tier: rec.tier,
    runtime,
  });
  return { kind: "created", workspace: await finishCreate(ctx, orgId, rec, access, token) };
}

async function finishCreate(
  ctx: Ctx,
  orgId: string,
  rec: WorkspaceRecord,
  access: string,
  token: string | null,
) {
  if (rec.status === "online") {
    await ctx.events.publish(orgId, "WORKSPACE_ONLINE", rec.id, { name: rec.name, external: true });
    return {
      id: rec.id,
      external: true,
      status: "online",
      connection: connectionSnippet(ctx.config.publicUrl, rec.id, token ?? ""),
    };
  }
  if (rec.status === "awaiting_agent") {
    await ctx.events.publish(orgId, "WORKSPACE_AWAITING_AGENT", rec.id, { name: rec.name, external: true });
    return {
      id: rec.id,
      external: true,
      status: "awaiting_agent",
      connection: connectionSnippet(ctx.config.publicUrl, rec.id, token ?? ""),
    };
  }
  await startProvisioning(ctx, orgId, rec);
  return {
    id: rec.id,
    status: "provisioning",
    awareness_namespace: `workspace:${rec.id}`,
    workspace_access: access,
  };
}
