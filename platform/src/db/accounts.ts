// Control-plane accounts (`cp_users`) and their sessions (`cp_sessions`).
import type { Queryable } from "./database";

export type SessionUser = { user_id: string; email: string };
export type ConsentProof = { ip: string; userAgent: string };

/** The stored user agent is bounded: it is proof of consent, not a log. */
const storedAgent = (consent: ConsentProof) => consent.userAgent.slice(0, 512);

/** Inserts an account that accepted the terms at sign-up; false when the email is taken. */
export async function insertUser(
  q: Queryable,
  user: { id: string; email: string; passwordHash: string; consent: ConsentProof },
): Promise<boolean> {
  const r = await q.query(
    `INSERT INTO cp_users (id, email, password_hash, terms_accepted_at, terms_ip, terms_user_agent)
     VALUES ($1, $2, $3, now(), $4, $5) ON CONFLICT (email) DO NOTHING`,
    [user.id, user.email, user.passwordHash, user.consent.ip, storedAgent(user.consent)],
  );
  return (r.affectedRows ?? 0) > 0;
}

export async function userByEmail(
  q: Queryable,
  email: string,
): Promise<{ id: string; password_hash: string | null } | null> {
  const r = await q.query<{ id: string; password_hash: string | null }>(
    "SELECT id, password_hash FROM cp_users WHERE email = $1",
    [email],
  );
  return r.rows[0] ?? null;
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
    [userId, consent.ip, storedAgent(consent)],
  );
}

export async function insertSession(
  q: Queryable,
  session: { id: string; tokenHash: string; userId: string; days: number },
): Promise<void> {
  await q.query(
    `INSERT INTO cp_sessions (id, token_hash, user_id, expires_at)
     VALUES ($1, $2, $3, now() + ($4 || ' days')::interval)`,
    [session.id, session.tokenHash, session.userId, String(session.days)],
  );
}

/** The user of an unexpired session. */
export async function sessionUserByHash(q: Queryable, tokenHash: string): Promise<SessionUser | null> {
  const r = await q.query<SessionUser>(
    `SELECT u.id AS user_id, u.email FROM cp_sessions s JOIN cp_users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [tokenHash],
  );
  return r.rows[0] ?? null;
}

export async function deleteSession(q: Queryable, tokenHash: string): Promise<boolean> {
  const r = await q.query("DELETE FROM cp_sessions WHERE token_hash = $1", [tokenHash]);
  return (r.affectedRows ?? 0) > 0;
}
