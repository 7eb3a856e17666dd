import type { PlatformEvent } from "@/lib/contract";
import type { ChatAction, ReplyBody } from "./reduce-chat";
import { safeFileHref } from "./reply";

/** The finished turn in an agent's JSON-RPC answer, or null when it is not one. */
export function replyBodyOf(response: unknown): ReplyBody | null {
  if (typeof response !== "object" || response === null) return null;
  const r = response as { result?: unknown; error?: { message?: unknown } };
  if (r.error && typeof r.error.message === "string") return { error: { message: r.error.message } };
  return { result: r.result };
}

/**
 * What a socket event does to the transcript of the workspace it names: a reply to a turn
 * (`A2A_RESPONSE`, matched by the JSON-RPC id) or an unprompted agent message; null otherwise.
 */
export function chatActionFromEvent(event: PlatformEvent): ChatAction | null {
  switch (event.event) {
    case "A2A_RESPONSE": {
      const body = replyBodyOf(event.payload.response_body);
      const id = (event.payload.response_body as { id?: unknown } | null)?.id;
      if (!body || (typeof id !== "string" && typeof id !== "number")) return null;
      return { type: "replied", requestId: String(id), body, at: event.timestamp };
    }
    case "AGENT_MESSAGE":
      return {
        type: "agent-message",
        key: `notify:${event.timestamp}:${event.payload.message.length}`,
        text: event.payload.message,
        files: (event.payload.attachments ?? []).map((a) => ({
          name: a.name,
          mimeType: a.mimeType,
          size: a.size,
          href: safeFileHref(a.uri),
        })),
        at: event.timestamp,
      };
    default:
      return null;
  }
}
