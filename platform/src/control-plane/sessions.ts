import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Queryable } from "../db/database";

export const SESSION_COOKIE = "molecule_cp_session";
const SESSION_DAYS = 30;

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

export type SessionUser = { user_id: string; email: string };

/** Finds or creates the user for `email` and opens a session; returns the opaque cookie value. */
export async function openSession(q: Queryable, email: string): Promise<string> {
  const normalised = email.trim().toLowerCase();
  const found = await q.query<{ id: string }>("SELECT id FROM cp_users WHERE email = $1", [normalised]);
  let userId = found.rows[0]?.id;
  if (!userId) {
    userId = randomUUID();
    await q.query("INSERT INTO cp_users (id, email) VALUES ($1, $2)", [userId, normalised]);
  }
  const token = randomBytes(32).toString("base64url");
  await q.query(
    `INSERT INTO cp_sessions (id, token_hash, user_id, expires_at)
     VALUES ($1, $2, $3, now() + ($4 || ' days')::interval)`,
    [randomUUID(), hash(token), userId, String(SESSION_DAYS)],
  );
  return token;
}

export async function sessionUser(q: Queryable, token: string | undefined): Promise<SessionUser | null> {
  if (!token) return null;
  const r = await q.query<SessionUser>(
    `SELECT u.id AS user_id, u.email FROM cp_sessions s JOIN cp_users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [hash(token)],
  );
  return r.rows[0] ?? null;
}

export async function closeSession(q: Queryable, token: string): Promise<boolean> {
  const r = await q.query("DELETE FROM cp_sessions WHERE token_hash = $1", [hash(token)]);
  return (r.affectedRows ?? 0) > 0;
}
