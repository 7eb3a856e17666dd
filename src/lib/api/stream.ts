import type { z } from "zod";
import { feedSse } from "@/lib/contract/sse";
import { getTenantSlug } from "@/lib/tenant";
import { parseWith, send } from "./transport";

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
  const buffer = { rest: "" };
  const reply = await send({
    method: "POST",
    path,
    body,
    orgSlug: getTenantSlug(),
    timeoutMs: options.idleTimeoutMs,
    signal: options.signal,
    stream: {
      onText(chunk) {
        for (const data of feedSse(buffer, chunk)) options.onEvent(data);
      },
    },
  });
  if (reply.isStream) return { kind: "stream" };
  return { kind: "json", status: reply.status, body: parseWith(schema)(reply) };
}
