import { feedSse } from "@/lib/contract/sse";
import { HOP_HEADER } from "./a2a-hops";
import { pinnedPost } from "./pinned-fetch";
import type { CheckedUrl } from "./url-guard";
import { classifyFailure, classifyResponse, type ForwardLimits, type ForwardOutcome } from "./a2a-forward";

const MAX_STREAM_BYTES = 10 * 1024 * 1024;

export type StreamSink = {
  /** The agent answered with an event stream: the caller may commit to SSE now. */
  start(): void;
  /** One SSE `data` payload (a JSON-RPC response) exactly as the agent sent it. */
  event(data: string): void;
};

export type StreamOutcome =
  ForwardOutcome | { kind: "streamed"; events: string[]; complete: boolean; error?: string };

/**
 * POSTs a streaming JSON-RPC call and relays the agent's SSE events as they arrive. An agent that
 * answers with plain JSON (an error, busy, or no streaming) gets the normal outcome.
 * Any event for the target (and every chunk) resets the idle timer, as for `message/send`.
 */
export async function forwardStreamToAgent(
  dest: CheckedUrl,
  body: unknown,
  limits: ForwardLimits,
  sink: StreamSink,
): Promise<StreamOutcome> {
  const ctrl = new AbortController();
  let idle = setTimeout(() => ctrl.abort(), limits.idleMs);
  const touch = () => {
    clearTimeout(idle);
    idle = setTimeout(() => ctrl.abort(), limits.idleMs);
  };
  const unsubscribe = limits.events.subscribe((_org, e) => {
    if (e.workspace_id === limits.targetId) touch();
  });
  const deadline = limits.deadlineMs !== null ? setTimeout(() => ctrl.abort(), limits.deadlineMs) : null;
  const events: string[] = [];
  try {
    let res: Response;
    try {
      res = await pinnedPost(dest, {
        headers: {
          "content-type": "application/json",
          accept: "text/event-stream",
          [HOP_HEADER]: String(limits.hops),
        },
        body: JSON.stringify(body),
        signal: ctrl.signal,
      });
    } catch (err) {
      return classifyFailure(err, ctrl, false);
    }
    const type = res.headers.get("content-type") ?? "";
    if (!res.ok || !type.includes("text/event-stream") || !res.body) {
      // A JSON answer (busy, an error, an agent that does not stream) reads as for message/send.
      try {
        return await classifyResponse(res, ctrl);
      } catch (err) {
        return classifyFailure(err, ctrl, true);
      }
    }
    sink.start();
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    const buffer = { rest: "" };
    let size = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        touch();
        size += value.byteLength;
        if (size > MAX_STREAM_BYTES) {
          ctrl.abort();
          return { kind: "streamed", events, complete: false, error: "agent stream exceeded 10 MiB" };
        }
        for (const data of feedSse(buffer, decoder.decode(value, { stream: true }))) {
          events.push(data);
          sink.event(data);
        }
      }
    } catch {
      return { kind: "streamed", events, complete: false, error: "agent stream broke off" };
    }
    return { kind: "streamed", events, complete: true };
  } finally {
    clearTimeout(idle);
    if (deadline) clearTimeout(deadline);
    unsubscribe();
  }
}
