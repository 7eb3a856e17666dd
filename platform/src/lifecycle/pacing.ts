import type { Ctx } from "../context";
import type { WorkspaceRecord } from "../db/workspaces";
import { pause, runInBackground, shutdownSignal } from "./background";
import { PROVISION_SETTLED, startProvisioning } from "./provision";

/** At most this many imported workspaces provision at once (contract §7). */
const MAX_CONCURRENT = 3;
/** A provision that never settles stops holding its slot after this long. */
const SLOT_TIMEOUT_MS = 60_000;

/**
 * Provisions the rows an import created, three at a time with a pause between starts, so a big
 * tree cannot start all its agents at once. With a provisioner this runs after the reply; without
 * one nothing starts (rows are only marked failed), so that happens before the reply can report it.
 */
export async function provisionImported(ctx: Ctx, orgId: string, recs: WorkspaceRecord[], label: string) {
  if (!ctx.provisioner.available) return paceProvisioning(ctx, orgId, recs, shutdownSignal(ctx));
  runInBackground(ctx, label, (signal) => paceProvisioning(ctx, orgId, recs, signal));
}

async function paceProvisioning(ctx: Ctx, orgId: string, recs: WorkspaceRecord[], signal: AbortSignal) {
  const gapMs = ctx.config.timeScale === "realistic" ? 2000 : 150;
  const inFlight = new Map<string, number>();
  let wake = () => {};
  const unsubscribe = ctx.events.subscribe((eventOrg, e) => {
    if (eventOrg === orgId && PROVISION_SETTLED.has(e.event) && inFlight.delete(e.workspace_id)) wake();
  });
  try {
    for (const rec of recs) {
      while (inFlight.size >= MAX_CONCURRENT && !signal.aborted) {
        const oldest = Math.min(...inFlight.values());
        const waitMs = Math.max(0, oldest + SLOT_TIMEOUT_MS - Date.now());
        const woke = new Promise<void>((resolve) => (wake = resolve));
        await Promise.race([woke, pause(waitMs, signal)]);
        for (const [id, at] of inFlight) if (Date.now() - at >= SLOT_TIMEOUT_MS) inFlight.delete(id);
      }
      if (signal.aborted) return;
      if (ctx.provisioner.available) inFlight.set(rec.id, Date.now());
      await startProvisioning(ctx, orgId, rec);
      if (ctx.provisioner.available) await pause(gapMs, signal);
    }
  } finally {
    unsubscribe();
  }
}
