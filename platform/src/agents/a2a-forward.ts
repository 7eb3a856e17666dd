import type { EventBus } from "../events/bus";
import { HOP_HEADER } from "./a2a-hops";
import { pinnedPost } from "./pinned-fetch";
import type { CheckedUrl } from "./url-guard";

const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

export type ForwardOutcome =
  | { kind: "ok"; status: number; body: unknown }
  | { kind: "agent_error"; status: number; error: string }
  | { kind: "busy" }
  | { kind: "unreachable"; refused: boolean }
  | { kind: "bad_response"; deliveryConfirmed: boolean };

export type ForwardLimits = {
  /** Cut the call after this long without any event for the target (heartbeats reset it). */
  idleMs: number;
  /** Hard ceiling (agent callers; X-Timeout), or null for none. */
  deadlineMs: number | null;
  events: EventBus;
  targetId: string;
  /** Proxies this call will have passed once sent (X-Molecule-Hop). */
  hops: number;
};

/**
 * POSTs a JSON-RPC body to an agent and classifies what came back. Never throws: whatever the
 * agent does (hang, reset, garbage, 10 MiB+), the caller gets an outcome and the server goes on.
 */
export async function forwardToAgent(
  dest: CheckedUrl,
  body: unknown,
  limits: ForwardLimits,
): Promise<ForwardOutcome> {
  const ctrl = new AbortController();
  let idle = setTimeout(() => ctrl.abort(), limits.idleMs);
  const unsubscribe = limits.events.subscribe((_org, e) => {
    if (e.workspace_id !== limits.targetId) return;
    clearTimeout(idle);
    idle = setTimeout(() => ctrl.abort(), limits.idleMs);
  });
  const deadline = limits.deadlineMs !== null ? setTimeout(() => ctrl.abort(), limits.deadlineMs) : null;
  let gotResponse = false;
  try {
    const res = await pinnedPost(dest, {
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        [HOP_HEADER]: String(limits.hops),
      },
      body: JSON.stringify(body),
      signal: ctrl.signal,
    });
    gotResponse = true;
    return await classifyResponse(res, ctrl);
  } catch (err) {
    return classifyFailure(err, ctrl, gotResponse);
  } finally {
    clearTimeout(idle);
    if (deadline) clearTimeout(deadline);
    unsubscribe();
  }
}

/** What an agent's (non-streamed) HTTP answer means for the proxy. */
export async function classifyResponse(res: Response, ctrl: AbortController): Promise<ForwardOutcome> {
  const text = await readCapped(res, ctrl);
  if (text === null) return { kind: "bad_response", deliveryConfirmed: true };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (res.status === 503 && (json as { busy?: unknown } | undefined)?.busy === true) return { kind: "busy" };
  if (res.status >= 300) {
    const err = (json as { error?: unknown } | undefined)?.error;
    return {
      kind: "agent_error",
      status: res.status,
      error: typeof err === "string" ? err : res.statusText || `HTTP ${res.status}`,
    };
  }
  if (json === undefined) return { kind: "bad_response", deliveryConfirmed: true };
  return { kind: "ok", status: res.status, body: json };
}

/** A thrown fetch/read: timeouts and resets before an answer mean busy, a refusal means down. */
export function classifyFailure(err: unknown, ctrl: AbortController, gotResponse: boolean): ForwardOutcome {
  if (ctrl.signal.aborted)
    return gotResponse ? { kind: "bad_response", deliveryConfirmed: true } : { kind: "busy" };
  const e = err as { code?: string; cause?: { code?: string } };
  const code = e.cause?.code ?? e.code ?? "";
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET")
    return gotResponse ? { kind: "bad_response", deliveryConfirmed: true } : { kind: "busy" };
  return { kind: "unreachable", refused: code === "ECONNREFUSED" };
}

/** The body as text, or null once it passes 10 MiB (the stream is cancelled there). */
async function readCapped(res: Response, ctrl: AbortController): Promise<string | null> {
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_RESPONSE_BYTES) {
      ctrl.abort();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
