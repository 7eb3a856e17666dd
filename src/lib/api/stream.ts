import type { z } from "zod";
import { feedSse } from "@/lib/contract/sse";
import { getTenantSlug } from "@/lib/tenant";
import { ApiError } from "./api-error";
import { platformPath } from "./platform-url";

export type StreamOptions = {
  /** Time allowed without any byte from the server (each event restarts it). */
  idleTimeoutMs: number;
  signal?: AbortSignal;
  /** One SSE `data` payload, as it arrives. */
  onEvent(data: string): void;
};

/** How a streaming POST ended: an event stream that closed, or a plain JSON answer. */
export type StreamOutcome<T> = { kind: "stream" } | { kind: "json"; status: number; body: T };

/**
 * POSTs JSON asking for Server-Sent Events and hands each event to `onEvent` as it arrives. A
 * server that answers with JSON instead (an error, 202 queued, no streaming) gets the client's
 * usual treatment: non-2xx becomes an `ApiError`, 2xx is parsed with `schema`.
 */
export async function postEventStream<T>(
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
  options: StreamOptions,
): Promise<StreamOutcome<T>> {
  const controller = new AbortController();
  let hasTimedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A plain timer (not AbortSignal.timeout) so it restarts on every chunk and fake timers drive it.
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      hasTimedOut = true;
      controller.abort();
    }, options.idleTimeoutMs);
  };
  const forwardAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", forwardAbort, { once: true });
  if (options.signal?.aborted) forwardAbort();
  const headers: Record<string, string> = {
    Accept: "text/event-stream",
    "Content-Type": "application/json",
  };
  const slug = getTenantSlug();
  if (slug !== "") headers["X-Molecule-Org-Slug"] = slug;

  arm();
  try {
    const res = await fetch(platformPath(path), {
      method: "POST",
      headers,
      body: JSON.stringify(body),
      credentials: "include",
      signal: controller.signal,
    });
    const type = res.headers.get("content-type") ?? "";
    if (!res.ok || !type.includes("text/event-stream") || !res.body) {
      const text = await res.text();
      if (!res.ok) throw ApiError.fromResponse("POST", path, res.status, text);
      return { kind: "json", status: res.status, body: parseJson(path, res.status, text, schema) };
    }
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    const buffer = { rest: "" };
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      arm();
      for (const data of feedSse(buffer, decoder.decode(value, { stream: true }))) options.onEvent(data);
    }
    return { kind: "stream" };
  } catch (err) {
    if (err instanceof ApiError) throw err;
    if (hasTimedOut) {
      throw new ApiError({
        kind: "timeout",
        method: "POST",
        path,
        timeoutMs: options.idleTimeoutMs,
        cause: err,
      });
    }
    if (options.signal?.aborted) throw err;
    throw new ApiError({ kind: "network", method: "POST", path, detail: "network error", cause: err });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", forwardAbort);
  }
}

function parseJson<T>(path: string, status: number, text: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch (err) {
    throw new ApiError({
      kind: "invalid-response",
      method: "POST",
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
      method: "POST",
      path,
      status,
      body: json,
      detail: parsed.error.message,
    });
  }
  return parsed.data;
}
