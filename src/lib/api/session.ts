import { queryOptions } from "@tanstack/react-query";
import { sessionSchema, type Session } from "@/lib/contract/control-plane";
import { parseWith, send } from "./transport";

const SESSION_PATH = "/cp/auth/me";
/** The control plane answers `/cp/auth/me` fast or not at all; a short budget keeps gates snappy. */
const SESSION_TIMEOUT_MS = 5_000;

/**
 * The signed-in session: the session on 200, `null` on 401, and a thrown `ApiError` for
 * anything else, so an outage is never mistaken for "logged out".
 */
export async function fetchSession(
  options: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<Session | null> {
  const reply = await send({
    method: "GET",
    path: SESSION_PATH,
    timeoutMs: options.timeoutMs ?? SESSION_TIMEOUT_MS,
    signal: options.signal,
  });
  if (reply.status === 401) return null;
  return parseWith(sessionSchema)(reply);
}

/** Query keys and fetchers for the control-plane session. */
export const sessionQueries = {
  all: () => ["session"] as const,
  current: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), "current"] as const,
      queryFn: ({ signal }) => fetchSession({ signal }),
      retry: false,
      staleTime: Infinity,
    }),
};

const expiryListeners = new Set<() => void>();

/**
 * Subscribes to "the platform no longer accepts this browser's session", reported by the client;
 * the auth layer decides what to do (sign in again). Returns the unsubscribe.
 */
export function onSessionExpired(listener: () => void): () => void {
  expiryListeners.add(listener);
  return () => {
    expiryListeners.delete(listener);
  };
}

/** Tells the subscribers that the session is gone; the client itself never leaves the page. */
export function reportSessionExpired(): void {
  for (const listener of expiryListeners) listener();
}
