import { createHash, randomBytes, randomUUID } from "node:crypto";
import {
  deleteSession,
  insertSession,
  insertUser,
  sessionUserByHash,
  userByEmail,
  type ConsentProof,
  type SessionUser,
} from "../db/accounts";
import type { Queryable } from "../db/database";
import { hashPassword, verifyPassword } from "./passwords";

export const SESSION_COOKIE = "molecule_cp_session";
export const SESSION_DAYS = 30;

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
const normalise = (email: string) => email.trim().toLowerCase();

/** Creates an account; null when the email is taken. Accepting the terms at sign-up records the proof. */
export async function createUser(
  q: Queryable,
  email: string,
  password: string,
  consent: ConsentProof,
): Promise<string | null> {
  const id = randomUUID();
  const passwordHash = await hashPassword(password);
  return (await insertUser(q, { id, email: normalise(email), passwordHash, consent })) ? id : null;
}

/** The user id when `email` + `password` match an account. */
export async function checkCredentials(
  q: Queryable,
  email: string,
  password: string,
): Promise<string | null> {
  const user = await userByEmail(q, normalise(email));
  // Hash anyway for unknown emails, so timing does not reveal which accounts exist.
  const ok = await verifyPassword(password, user?.password_hash ?? null);
  return ok && user ? user.id : null;
}

/** Opens a session for the user; returns the opaque cookie value (only its hash is stored). */
export async function openSession(q: Queryable, userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await insertSession(q, { id: randomUUID(), tokenHash: hash(token), userId, days: SESSION_DAYS });
  return token;
}

export async function sessionUser(q: Queryable, token: string | undefined): Promise<SessionUser | null> {
  return token ? sessionUserByHash(q, hash(token)) : null;
}

export async function closeSession(q: Queryable, token: string): Promise<boolean> {
  return deleteSession(q, hash(token));
}
