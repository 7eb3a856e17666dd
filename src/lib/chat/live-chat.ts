import { jsonRpcResponseSchema, type JsonRpcResponse, type PlatformEvent } from "@/lib/contract";
import type { ChatAction, ReplyBody } from "./reduce-chat";
import { safeFileHref } from "./reply";

/** The finished turn in an agent's JSON-RPC answer: its error if it has one, else its result. */
export function replyBodyOf(response: JsonRpcResponse): ReplyBody {
  return response.error ? { error: { message: response.error.message } } : { result: response.result };
}

/**
 * What a socket event does to the transcript of the workspace it names: a reply to a turn
 * (`A2A_RESPONSE`, matched by the JSON-RPC id) or an unprompted agent message; null otherwise.
 */
export function chatActionFromEvent(event: PlatformEvent): ChatAction | null {
  switch (event.event) {
    case "A2A_RESPONSE": {
      // The same schema as the HTTP reply: a body that is not a JSON-RPC answer names no turn.
      const response = jsonRpcResponseSchema.safeParse(event.payload.response_body);
      const id = response.data?.id;
      if (!response.success || id === null || id === undefined) return null;
      return {
        type: "replied",
        requestId: String(id),
        body: replyBodyOf(response.data),
        at: event.timestamp,
      };
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
