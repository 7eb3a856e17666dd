import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Queryable } from "./database";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

export type OrgTokenRow = {
  id: string;
  prefix: string;
  name: string | null;
  org_id: string;
  created_by: string;
  created_at: Date;
  last_used_at: Date | null;
};

/** Mints an org API key (32 random bytes, base64url); only its sha256 and first 8 chars are kept. */
export async function mintOrgToken(
  q: Queryable,
  orgId: string,
  name: string | null,
  createdBy: string,
): Promise<{ id: string; prefix: string; token: string }> {
  const token = randomBytes(32).toString("base64url");
  const id = randomUUID();
  const prefix = token.slice(0, 8);
  await q.query(
    "INSERT INTO org_api_tokens (id, org_id, token_hash, prefix, name, created_by) VALUES ($1, $2, $3, $4, $5, $6)",
    [id, orgId, hash(token), prefix, name, createdBy],
  );
  return { id, prefix, token };
}

/** Live keys of the org, newest first (at most 500, as upstream). */
export async function listOrgTokens(q: Queryable, orgId: string): Promise<OrgTokenRow[]> {
  const r = await q.query<OrgTokenRow>(
    `SELECT id, prefix, name, org_id, created_by, created_at, last_used_at FROM org_api_tokens
     WHERE org_id = $1 AND revoked_at IS NULL ORDER BY seq DESC LIMIT 500`,
    [orgId],
  );
  return r.rows;
}

export async function revokeOrgToken(q: Queryable, orgId: string, id: string): Promise<boolean> {
  const r = await q.query(
    "UPDATE org_api_tokens SET revoked_at = now() WHERE org_id = $1 AND id = $2 AND revoked_at IS NULL",
    [orgId, id],
  );
  return (r.affectedRows ?? 0) > 0;
}

/** The org and prefix of a live org key, marking it used; null when the bearer is not one. */
export async function orgForToken(
  q: Queryable,
  token: string,
): Promise<{ org_id: string; prefix: string } | null> {
  const r = await q.query<{ org_id: string; prefix: string }>(
    `UPDATE org_api_tokens SET last_used_at = now()
     WHERE token_hash = $1 AND revoked_at IS NULL RETURNING org_id, prefix`,
    [hash(token)],
  );
  return r.rows[0] ?? null;
}
