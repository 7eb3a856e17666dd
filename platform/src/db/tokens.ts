import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Queryable } from "./database";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Mints a workspace token (32 random bytes, base64url, 43 chars). Only its sha256 is stored. */
export async function mintWorkspaceToken(q: Queryable, workspaceId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await q.query("INSERT INTO workspace_tokens (id, workspace_id, token_hash) VALUES ($1, $2, $3)", [
    randomUUID(),
    workspaceId,
    hash(token),
  ]);
  return token;
}

export async function hasLiveToken(q: Queryable, workspaceId: string): Promise<boolean> {
  const r = await q.query(
    "SELECT 1 FROM workspace_tokens WHERE workspace_id = $1 AND revoked_at IS NULL LIMIT 1",
    [workspaceId],
  );
  return r.rows.length > 0;
}

/** The workspace a live token belongs to, or null. */
export async function workspaceForToken(q: Queryable, token: string): Promise<string | null> {
  const r = await q.query<{ workspace_id: string }>(
    "SELECT workspace_id FROM workspace_tokens WHERE token_hash = $1 AND revoked_at IS NULL",
    [hash(token)],
  );
  return r.rows[0]?.workspace_id ?? null;
}

export async function revokeTokens(q: Queryable, workspaceIds: string[]): Promise<void> {
  if (workspaceIds.length === 0) return;
  await q.query(
    "UPDATE workspace_tokens SET revoked_at = now() WHERE workspace_id = ANY($1::uuid[]) AND revoked_at IS NULL",
    [workspaceIds],
  );
}
