import type { z } from "zod";
import { ApiError } from "./api-error";
import { platformPath } from "./platform-url";

/** Default per-request budget (contract: 15 s, chat and slow imports override). */
export const DEFAULT_TIMEOUT_MS = 15_000;

export type SendOptions = {
  method: string;
  /** The path as the caller named it: the platform path fetched, and the name in error messages. */
  path: string;
  /** Where to send instead of the platform (sign-out goes to the auth origin). */
  url?: string;
  /** Sent as `X-Molecule-Org-Slug` when non-empty; control-plane session calls send none. */
  orgSlug?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** The whole round trip's budget, or with `stream` the time allowed between two chunks. */
  timeoutMs?: number;
  /** Caller cancellation (TanStack Query passes one); its abort is rethrown, not mapped. */
  signal?: AbortSignal;
  /** Asks for Server-Sent Events; a 2xx event stream is handed over chunk by chunk as it arrives. */
  stream?: { onText(chunk: string): void };
};

/**
 * A finished reply, body included. `isStream` means the body went to `stream.onText` and `text`
 * is empty; any other reply (an error, plain JSON) is read whole even when a stream was asked for.
 */
export type Reply = {
  method: string;
  path: string;
  status: number;
  ok: boolean;
  headers: Headers;
  text: string;
  isStream: boolean;
};

/**
 * The one network round trip of the app: credentialed (the session cookie crosses origins), under a
 * timeout, with the org header when asked. Timeouts and network failures become `ApiError`s; a
 * caller's own abort is rethrown untouched so query cancellation works.
 */
export async function send(options: SendOptions): Promise<Reply> {
  const { method, path, stream } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let hasTimedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A plain timer rather than AbortSignal.timeout: it combines with the caller's signal, restarts
  // on every streamed chunk, and runs on the clock that fake timers control in tests.
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      hasTimedOut = true;
      controller.abort();
    }, timeoutMs);
  };
  const forwardAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", forwardAbort, { once: true });
  if (options.signal?.aborted) forwardAbort();

  const headers: Record<string, string> = { Accept: stream ? "text/event-stream" : "application/json" };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (options.orgSlug) headers["X-Molecule-Org-Slug"] = options.orgSlug;

  arm();
  try {
    const res = await fetch(options.url ?? platformPath(path), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: "include",
      signal: controller.signal,
    });
    const reply = { method, path, status: res.status, ok: res.ok, headers: res.headers };
    const isEventStream = res.headers.get("content-type")?.includes("text/event-stream") === true;
    if (!stream || !res.ok || !isEventStream || !res.body) {
      return { ...reply, text: await res.text(), isStream: false };
    }
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      arm();
      stream.onText(decoder.decode(value, { stream: true }));
    }
    return { ...reply, text: "", isStream: true };
  } catch (err) {
    if (hasTimedOut) throw new ApiError({ kind: "timeout", method, path, timeoutMs, cause: err });
    if (options.signal?.aborted) throw err;
    throw new ApiError({ kind: "network", method, path, detail: "network error", cause: err });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", forwardAbort);
  }
}

/**
 * Reads a reply with `schema`: a non-2xx reply becomes the server's `ApiError`, a body that is not
 * JSON or not of the schema's shape an `invalid-response` one.
 */
export function parseWith<T>(schema: z.ZodType<T>): (reply: Reply) => T {
  return (reply) => {
    const { method, path, status, text } = reply;
    if (!reply.ok) throw ApiError.fromResponse(method, path, status, text);
    let json: unknown;
    try {
      json = text === "" ? undefined : JSON.parse(text);
    } catch (err) {
      throw new ApiError({
        kind: "invalid-response",
        method,
        path,
        status,
        body: text,
        detail: "response is not JSON",
        cause: err,
      });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new ApiError({
        kind: "invalid-response",
        method,
        path,
        status,
        body: json,
        detail: parsed.error.message,
      });
    }
    return parsed.data;
  };
}
