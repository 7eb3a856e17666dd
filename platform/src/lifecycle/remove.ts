import { finishDelegation } from "../agents/delegations";
import type { Ctx } from "../context";
import { markRemoved, purgeRows } from "../db/removal";
import { childrenOf, descendantIds, getWorkspace, inTx } from "../db/workspaces";

export type RemoveOutcome =
  | { kind: "not_found" }
  | { kind: "confirmation_required"; children: { id: string; name: string }[] }
  | { kind: "removed"; purged: boolean; cascade: number }
  | { kind: "stop_failed"; removed: number; failures: number; errors: string[] };

/**
 * DELETE (contract §2.3): every descendant and the target become `removed` (layouts dropped,
 * tokens revoked, queued calls failed) in one transaction; then agents stop and events go out
 * (each descendant, then the target with its cascade count). `purge` hard-deletes instead.
 * Every side effect acts only on the ids the org-scoped update returned, so an id of another
 * org (or an unknown one) is `not_found` with nothing touched; upstream answers `removed` there.
 */
export async function removeWorkspace(
  ctx: Ctx,
  orgId: string,
  id: string,
  opts: { confirm: boolean; purge: boolean },
): Promise<RemoveOutcome> {
  const step = await inTx(ctx.db.pg, async (q) => {
    if (!(await getWorkspace(q, orgId, id))) return { kind: "not_found" as const };
    const children = await childrenOf(q, orgId, id);
    if (children.length > 0 && !opts.confirm) {
      const named = children.map((c) => ({ id: c.id, name: c.name }));
      return { kind: "confirmation_required" as const, children: named };
    }
    const descendants = await descendantIds(q, orgId, id);
    const marked = await markRemoved(q, orgId, [...descendants, id]);
    if (opts.purge) await purgeRows(q, orgId, marked.owned);
    return { kind: "marked" as const, descendants, ...marked };
  });
  if (step.kind !== "marked") return step;
  const { descendants, owned, dropped } = step;
  const removedIds = new Set(owned);
  const cascade = descendants.filter((d) => removedIds.has(d));

  for (const { caller_id: callerId, delegation_id: delegationId } of dropped) {
    if (!callerId || !delegationId || removedIds.has(callerId)) continue;
    await finishDelegation(ctx, orgId, callerId, delegationId, {
      ok: false,
      error: "the target workspace was removed before it took the task",
    });
  }

  const errors: string[] = [];
  for (const wsId of [...cascade, id]) {
    await ctx.provisioner.stop(wsId).catch((err: unknown) => {
      errors.push(err instanceof Error ? err.message : String(err));
    });
  }
  for (const wsId of cascade) await ctx.events.publish(orgId, "WORKSPACE_REMOVED", wsId, {});
  await ctx.events.publish(orgId, "WORKSPACE_REMOVED", id, { cascade_deleted: cascade.length });

  if (errors.length > 0) {
    return { kind: "stop_failed", removed: owned.length, failures: errors.length, errors };
  }
  return { kind: "removed", purged: opts.purge, cascade: cascade.length };
}
