import { EMPTY_STREAM_FOLD, foldA2AStream } from "@/lib/contract";
import type { Ctx } from "../context";
import type { DeliveryOutcome, ProxyOutcome } from "./a2a-outcome";
import { deliveryOutcome, prepareA2ACall, queueBusyCall, recordDelivery, type ProxyCall } from "./a2a-proxy";
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
 * Returns the call's outcome instead when it never became a stream.
 */
export async function proxyA2AStream(ctx: Ctx, call: ProxyCall, sink: SseSink): Promise<ProxyOutcome | null> {
  const prepared = await prepareA2ACall(ctx, call);
  if (prepared.kind !== "prepared") return prepared;
  const { target, callerId, deadlineMs, hops } = prepared;
  const body: Record<string, unknown> = { ...prepared.body, method: "message/stream" };
  const checked = await outboundDestination(ctx, target);
  if (!checked.ok) return { kind: "not_routable" };
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
    const delivery = deliveryOutcome(ctx, call.orgId, target, out);
    await recordDelivery(ctx, call.orgId, target, callerId, body, delivery, Date.now() - started);
    return delivery;
  }
  const folded = foldedResponse(body.id, out.events);
  let delivery: DeliveryOutcome;
  if (out.complete && folded.isFinished) delivery = { kind: "delivered", status: 200, body: folded.body };
  else {
    delivery = { kind: "bad_response", deliveryConfirmed: true };
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
  await recordDelivery(ctx, call.orgId, target, callerId, body, delivery, Date.now() - started);
  sink.end();
  return null;
}
