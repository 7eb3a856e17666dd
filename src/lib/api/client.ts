import type { z } from "zod";
import { getTenantSlug } from "@/lib/tenant";
import { ApiError } from "./api-error";
import { fetchSession, reportSessionExpired } from "./session";
import { parseWith, send, type Reply } from "./transport";

export { ApiError, isApiError } from "./api-error";

export type RequestOptions = {
  /** Overrides the 15 s default (chat passes 120 s). */
  timeoutMs?: number;
  /** Cancellation from the caller, e.g. TanStack Query's `signal`. */
  signal?: AbortSignal;
};

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

const MAX_RETRY_AFTER_MS = 20_000;
const UNREADABLE_RETRY_AFTER_MS = 2_000;

/**
 * Delay a 429 asks for: `Retry-After` seconds or HTTP date, capped at 20 s; 2 s when the header
 * is missing or unreadable (cross-origin JS cannot read it unless the server exposes it).
 */
export function retryAfterMs(header: string | null, now: number = Date.now()): number {
  if (header === null || header.trim() === "") return UNREADABLE_RETRY_AFTER_MS;
  const trimmed = header.trim();
  let ms: number;
  if (/^\d+$/.test(trimmed)) ms = Number(trimmed) * 1000;
  else {
    const date = Date.parse(trimmed);
    if (Number.isNaN(date)) return UNREADABLE_RETRY_AFTER_MS;
    ms = Math.max(0, date - now);
  }
  return Math.min(ms, MAX_RETRY_AFTER_MS);
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * 401 policy of control-plane §3.4: only on a tenant (slug) does a 401 mean the session may be gone,
 * and only once `/cp/auth/me` confirms it is the expiry reported (the auth layer then asks the user
 * to sign in again); a refused credential or a failed probe throws the plain 401.
 */
async function rejectUnauthorized(reply: Reply): Promise<never> {
  const { method, path } = reply;
  const plain = ApiError.fromResponse(method, path, reply.status, reply.text);
  if (getTenantSlug() === "") throw plain;
  const expired = new ApiError({
    kind: "http",
    method,
    path,
    status: 401,
    code: "session_expired",
    detail: "Session expired",
    body: plain.body,
  });
  if (path.startsWith("/cp/auth/")) {
    reportSessionExpired();
    throw expired;
  }
  let session: Awaited<ReturnType<typeof fetchSession>>;
  try {
    session = await fetchSession();
  } catch {
    throw plain; // The probe failed on the network or the server: unknown, so not reported.
  }
  if (session !== null) throw plain; // Signed in; this endpoint just refused the credential.
  reportSessionExpired();
  throw expired;
}

async function request<T>(
  method: Method,
  path: string,
  schema: z.ZodType<T>,
  body: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const init = {
    method,
    path,
    body,
    orgSlug: getTenantSlug(),
    timeoutMs: options.timeoutMs,
    signal: options.signal,
  };
  let reply = await send(init);
  // Only reads are replayed: a mutation may already have taken effect before the 429.
  if (reply.status === 429 && method === "GET") {
    await wait(retryAfterMs(reply.headers.get("Retry-After")), options.signal);
    reply = await send(init);
  }
  if (reply.status === 401) return rejectUnauthorized(reply);
  return parseWith(schema)(reply);
}

/** The one HTTP client: every platform and control-plane call in the app goes through it. */
export const api = {
  get: <T>(path: string, schema: z.ZodType<T>, options?: RequestOptions) =>
    request("GET", path, schema, undefined, options),
  post: <T>(path: string, body: unknown, schema: z.ZodType<T>, options?: RequestOptions) =>
    request("POST", path, schema, body, options),
  patch: <T>(path: string, body: unknown, schema: z.ZodType<T>, options?: RequestOptions) =>
    request("PATCH", path, schema, body, options),
  put: <T>(path: string, body: unknown, schema: z.ZodType<T>, options?: RequestOptions) =>
    request("PUT", path, schema, body, options),
  /** DELETE; `body` is for the few deletes that take one (`{"confirm": "<slug>"}`). */
  del: <T>(path: string, schema: z.ZodType<T>, options?: RequestOptions & { body?: unknown }) =>
    request("DELETE", path, schema, options?.body, options),
};
