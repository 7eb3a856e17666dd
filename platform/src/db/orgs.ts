import { randomUUID } from "node:crypto";
import type { Org, OrgStatus } from "@/lib/contract";
import type { Database, Queryable } from "./database";

/** An org as the control plane sees it: the `orgs` row joined with its `cp_orgs` row. */
export type OrgRow = {
  id: string;
  slug: string;
  name: string;
  plan: string;
  status: OrgStatus;
  error: string | null;
  created_at: Date;
  updated_at: Date;
};

const ORG_COLUMNS = `o.id, o.slug, o.name, c.plan, c.status, c.error, o.created_at, c.updated_at`;

/** The org `slug` when `userId` is a member of it; null for unknown orgs and others' orgs alike. */
export async function findMembership(
  q: Queryable,
  slug: string,
  userId: string,
): Promise<{ org_id: string } | null> {
  const r = await q.query<{ org_id: string }>(
    `SELECT m.org_id FROM cp_org_members m JOIN orgs o ON o.id = m.org_id WHERE o.slug = $1 AND m.user_id = $2`,
    [slug, userId],
  );
  return r.rows[0] ?? null;
}

export async function listUserOrgs(q: Queryable, userId: string): Promise<OrgRow[]> {
  const r = await q.query<OrgRow>(
    `SELECT ${ORG_COLUMNS} FROM orgs o JOIN cp_orgs c ON c.org_id = o.id
     JOIN cp_org_members m ON m.org_id = o.id WHERE m.user_id = $1 ORDER BY o.created_at`,
    [userId],
  );
  return r.rows;
}

/** The org if `userId` is a member; null otherwise, so callers answer 404 either way. */
export async function getUserOrg(q: Queryable, slug: string, userId: string): Promise<OrgRow | null> {
  const r = await q.query<OrgRow>(
    `SELECT ${ORG_COLUMNS} FROM orgs o JOIN cp_orgs c ON c.org_id = o.id
     JOIN cp_org_members m ON m.org_id = o.id WHERE o.slug = $1 AND m.user_id = $2`,
    [slug, userId],
  );
  return r.rows[0] ?? null;
}

export async function orgBySlug(q: Queryable, slug: string): Promise<OrgRow | null> {
  const r = await q.query<OrgRow>(
    `SELECT ${ORG_COLUMNS} FROM orgs o JOIN cp_orgs c ON c.org_id = o.id WHERE o.slug = $1`,
    [slug],
  );
  return r.rows[0] ?? null;
}

export async function ownedOrgCount(q: Queryable, userId: string): Promise<number> {
  const r = await q.query<{ n: number }>("SELECT count(*)::int AS n FROM cp_orgs WHERE owner_user_id = $1", [
    userId,
  ]);
  return r.rows[0]?.n ?? 0;
}

/** Creates the org, its control-plane row and the owner's membership in one transaction; null if the slug is taken. */
export async function insertOrg(
  db: Database,
  org: { slug: string; name: string; ownerId: string },
): Promise<OrgRow | null> {
  return db.tx(async (tx) => {
    const id = randomUUID();
    const inserted = await tx.query(
      "INSERT INTO orgs (id, slug, name) VALUES ($1, $2, $3) ON CONFLICT (slug) DO NOTHING",
      [id, org.slug, org.name],
    );
    if ((inserted.affectedRows ?? 0) === 0) return null;
    await tx.query("INSERT INTO cp_orgs (org_id, owner_user_id, status) VALUES ($1, $2, 'provisioning')", [
      id,
      org.ownerId,
    ]);
    await tx.query("INSERT INTO cp_org_members (org_id, user_id, role) VALUES ($1, $2, 'owner')", [
      id,
      org.ownerId,
    ]);
    return (await orgBySlug(tx, org.slug))!;
  });
}

export async function setOrgStatus(
  q: Queryable,
  orgId: string,
  status: OrgStatus,
  error: string | null = null,
) {
  await q.query("UPDATE cp_orgs SET status = $2, error = $3, updated_at = now() WHERE org_id = $1", [
    orgId,
    status,
    error,
  ]);
}

/** Every org id: the background sweeps visit each org in turn. */
export async function listOrgIds(q: Queryable): Promise<string[]> {
  return (await q.query<{ id: string }>("SELECT id FROM orgs")).rows.map((r) => r.id);
}

export async function orgIdBySlug(q: Queryable, slug: string): Promise<string | null> {
  const r = await q.query<{ id: string }>("SELECT id FROM orgs WHERE slug = $1", [slug]);
  return r.rows[0]?.id ?? null;
}

/** The id of the org named `slug`, created (tenant row only, no control-plane row) when missing. */
export async function ensureOrg(q: Queryable, slug: string, name: string): Promise<string> {
  const existing = await orgIdBySlug(q, slug);
  if (existing) return existing;
  const id = randomUUID();
  await q.query("INSERT INTO orgs (id, slug, name) VALUES ($1, $2, $3)", [id, slug, name]);
  return id;
}

export async function orgHasMember(q: Queryable, orgId: string, userId: string): Promise<boolean> {
  const r = await q.query("SELECT 1 FROM cp_org_members WHERE org_id = $1 AND user_id = $2", [orgId, userId]);
  return r.rows.length > 0;
}

/** Whether the org has its control-plane row (a tenant org created through `/cp/orgs`). */
export async function hasControlPlaneOrg(q: Queryable, orgId: string): Promise<boolean> {
  const r = await q.query("SELECT 1 FROM cp_orgs WHERE org_id = $1", [orgId]);
  return r.rows.length > 0;
}

/** Public org view for routing (`/instance`): an explicit column list, so no credential can slip in. */
export function toPublicOrg(org: OrgRow): Org {
  return {
    id: org.id,
    slug: org.slug,
    name: org.name,
    plan: org.plan,
    status: org.status,
    created_at: org.created_at.toISOString(),
    updated_at: org.updated_at.toISOString(),
  };
}
