import type { Database, Queryable } from "./database";

/** A purge's checkpoint row (`cp_purges`): it outlives the org as the audit trail (control-plane §4.2). */
export type OpenPurge = { id: string; last_step: string | null };

/** The org's unfinished purge, oldest first, so a retried DELETE resumes it. */
export async function openPurge(q: Queryable, orgId: string): Promise<OpenPurge | null> {
  const r = await q.query<OpenPurge>(
    "SELECT id, last_step FROM cp_purges WHERE org_id = $1 AND finished_at IS NULL ORDER BY started_at LIMIT 1",
    [orgId],
  );
  return r.rows[0] ?? null;
}

export async function insertPurge(
  q: Queryable,
  purge: { id: string; orgId: string; slug: string; userId: string },
): Promise<void> {
  await q.query("INSERT INTO cp_purges (id, org_id, slug, user_id) VALUES ($1, $2, $3, $4)", [
    purge.id,
    purge.orgId,
    purge.slug,
    purge.userId,
  ]);
}

export async function setPurgeStep(q: Queryable, purgeId: string, step: string): Promise<void> {
  await q.query("UPDATE cp_purges SET last_step = $2 WHERE id = $1", [purgeId, step]);
}

/** Every tenant table with an `org_id` column, found from the schema so a new table is never missed. */
async function orgTables(q: Queryable): Promise<string[]> {
  const r = await q.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name = 'org_id'
       AND table_name NOT LIKE 'cp\\_%' AND table_name NOT IN ('workspaces')`,
  );
  return r.rows.map((row) => row.table_name);
}

/** Deletes the org's workspaces and every tenant row of the org, in one transaction; the org stays. */
export async function deleteTenantData(db: Database, orgId: string): Promise<void> {
  const tables = await orgTables(db.pg);
  await db.tx(async (tx) => {
    await tx.query("DELETE FROM workspaces WHERE org_id = $1", [orgId]);
    for (const t of tables) await tx.query(`DELETE FROM "${t}" WHERE org_id = $1`, [orgId]);
  });
}

/** Deletes the org with its control-plane rows and closes its purge, in one transaction. */
export async function deleteOrgClosingPurge(db: Database, orgId: string): Promise<void> {
  await db.tx(async (tx) => {
    await tx.query("DELETE FROM cp_org_members WHERE org_id = $1", [orgId]);
    await tx.query("DELETE FROM cp_orgs WHERE org_id = $1", [orgId]);
    await tx.query("DELETE FROM orgs WHERE id = $1", [orgId]);
    await tx.query("UPDATE cp_purges SET finished_at = now(), last_step = 'delete_org' WHERE org_id = $1", [
      orgId,
    ]);
  });
}
