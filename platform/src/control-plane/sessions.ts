import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Queryable } from "../db/database";
import { hashPassword, verifyPassword } from "./passwords";

export const SESSION_COOKIE = "molecule_cp_session";
export const SESSION_DAYS = 30;

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
const normalise = (email: string) => email.trim().toLowerCase();

export type SessionUser = { user_id: string; email: string };
export type ConsentProof = { ip: string; userAgent: string };

/** Creates an account; null when the email is taken. Accepting the terms at sign-up records the proof. */
export async function createUser(
  q: Queryable,
  email: string,
  password: string,
  consent: ConsentProof,
): Promise<string | null> {
  const id = randomUUID();
  const r = await q.query(
    `INSERT INTO cp_users (id, email, password_hash, terms_accepted_at, terms_ip, terms_user_agent)
     VALUES ($1, $2, $3, now(), $4, $5) ON CONFLICT (email) DO NOTHING`,
    [id, normalise(email), await hashPassword(password), consent.ip, consent.userAgent.slice(0, 512)],
  );
  return (r.affectedRows ?? 0) > 0 ? id : null;
}

/** The user id when `email` + `password` match an account. */
export async function checkCredentials(
  q: Queryable,
  email: string,
  password: string,
): Promise<string | null> {
  const r = await q.query<{ id: string; password_hash: string | null }>(
    "SELECT id, password_hash FROM cp_users WHERE email = $1",
    [normalise(email)],
  );
  const user = r.rows[0];
  // Hash anyway for unknown emails, so timing does not reveal which accounts exist.
  const ok = await verifyPassword(password, user?.password_hash ?? null);
  return ok && user ? user.id : null;
}

/** Opens a session for the user; returns the opaque cookie value (only its hash is stored). */
export async function openSession(q: Queryable, userId: string): Promise<string> {
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

export async function termsAccepted(q: Queryable, userId: string): Promise<boolean> {
  const r = await q.query<{ at: string | null }>(
    "SELECT terms_accepted_at AS at FROM cp_users WHERE id = $1",
    [userId],
  );
  return !!r.rows[0]?.at;
}

/** Records consent (GDPR Art. 7 proof: time, IP, user agent); idempotent, the first acceptance stands. */
export async function acceptTerms(q: Queryable, userId: string, consent: ConsentProof): Promise<void> {
  await q.query(
    `UPDATE cp_users SET terms_accepted_at = now(), terms_ip = $2, terms_user_agent = $3
     WHERE id = $1 AND terms_accepted_at IS NULL`,
    [userId, consent.ip, consent.userAgent.slice(0, 512)],
  );
}
