import { EMPTY_STREAM_FOLD, foldA2AStream } from "@/lib/contract";
import type { Ctx } from "../context";
import {
  fail,
  NOT_ROUTABLE,
  outcomeResult,
  prepareA2ACall,
  queueBusyCall,
  recordDelivery,
  type ProxyCall,
  type ProxyResult,
} from "./a2a-proxy";
import { forwardStreamToAgent } from "./a2a-stream-forward";
import { outboundDestination } from "./url-guard";

export type SseSink = {
  /** Commit to an event stream (status 200, text/event-stream). */
  start(): void;
  /** Write one SSE `data` payload. */
  event(data: string): void;
  end(): void;
};

/**
 * Folds the relayed events into the JSON-RPC response a `message/send` would have returned, and
 * says whether the stream reached its end (a terminal status, a direct message or an error).
 */
export function foldedResponse(
  id: unknown,
  events: string[],
): { body: Record<string, unknown>; isFinished: boolean } {
  let fold = EMPTY_STREAM_FOLD;
  for (const data of events) {
    let json: { result?: unknown; error?: unknown } | undefined;
    try {
      json = JSON.parse(data) as { result?: unknown; error?: unknown };
    } catch {
      continue;
    }
    if (json?.error !== undefined)
      return { body: { jsonrpc: "2.0", id, error: json.error }, isFinished: true };
    fold = foldA2AStream(fold, json?.result);
  }
  return { body: { jsonrpc: "2.0", id, result: fold.result }, isFinished: fold.done };
}

/**
 * `message/stream` through the proxy (a local extension of contract §4.1): the same checks as
 * `message/send`, then the agent's SSE events relayed as they arrive. The finished stream is
 * recorded like a send (a2a_receive row, ACTIVITY_LOGGED, A2A_RESPONSE) with the folded reply,
 * and the relay carries on after the browser hangs up so the record is always written.
 * Returns the JSON response to send instead when the call never became a stream.
 */
export async function proxyA2AStream(ctx: Ctx, call: ProxyCall, sink: SseSink): Promise<ProxyResult | null> {
  const prepared = await prepareA2ACall(ctx, call);
  if ("status" in prepared) return prepared;
  const { target, callerId, deadlineMs, hops } = prepared;
  const body: Record<string, unknown> = { ...prepared.body, method: "message/stream" };
  const checked = await outboundDestination(ctx, target);
  if (!checked.ok) return NOT_ROUTABLE;
  const started = Date.now();
  const out = await forwardStreamToAgent(
    checked.dest,
    body,
    {
      idleMs: ctx.config.agents.a2aIdleTimeoutSeconds * 1000,
      deadlineMs,
      events: ctx.events,
      targetId: target.id,
      hops: hops + 1,
    },
    sink,
  );
  // A queued call is drained later as a plain send: nobody is listening for its stream by then.
  if (out.kind === "busy") return queueBusyCall(ctx, call, callerId, { ...body, method: "message/send" });
  if (out.kind !== "streamed") {
    const result = outcomeResult(ctx, call.orgId, target, out);
    await recordDelivery(ctx, call.orgId, target, callerId, body, result, Date.now() - started);
    return result;
  }
  const folded = foldedResponse(body.id, out.events);
  let result: ProxyResult;
  if (out.complete && folded.isFinished) result = { status: 200, body: folded.body };
  else {
    result = fail(502, "failed to read agent response", "bad_agent_response", { delivery_confirmed: true });
    sink.event(
      JSON.stringify({
        jsonrpc: "2.0",
        id: body.id,
        error: {
          code: -32603,
          message: out.complete
            ? "agent stream broke off before the task finished"
            : (out.error ?? "agent stream broke off"),
        },
      }),
    );
  }
  await recordDelivery(ctx, call.orgId, target, callerId, body, result, Date.now() - started);
  sink.end();
  return null;
}
