import type { Viewport } from "@/lib/contract";
import type { Queryable } from "./database";

/** The org's saved canvas viewport (`canvas_viewports`, one per org); null before the first save. */
export async function getViewport(q: Queryable, orgId: string): Promise<Viewport | null> {
  const r = await q.query<Viewport>("SELECT x, y, zoom FROM canvas_viewports WHERE org_id = $1", [orgId]);
  return r.rows[0] ?? null;
}

export async function saveViewport(q: Queryable, orgId: string, v: Viewport): Promise<void> {
  await q.query(
    `INSERT INTO canvas_viewports (org_id, x, y, zoom) VALUES ($1, $2, $3, $4)
     ON CONFLICT (org_id) DO UPDATE SET x = EXCLUDED.x, y = EXCLUDED.y, zoom = EXCLUDED.zoom`,
    [orgId, v.x, v.y, v.zoom],
  );
}
