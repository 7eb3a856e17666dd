import type { ActivityRow } from "@/lib/contract";
import type { ChatAction, ReplyBody } from "./reduce-chat";
import { extractReply } from "./reply";

type Turn = Extract<ChatAction, { type: "history" }>["turns"][number];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

function requestOf(row: ActivityRow): { id: string; text: string } {
  const body = isObject(row.request_body) ? row.request_body : {};
  const params = isObject(body.params) ? body.params : {};
  const message = isObject(params.message) ? params.message : {};
  const id = typeof body.id === "string" || typeof body.id === "number" ? String(body.id) : row.id;
  return { id, text: extractReply(message).text };
}

function replyOf(row: ActivityRow): ReplyBody | null {
  if (row.status !== "ok" || !isObject(row.response_body)) return null;
  const body = row.response_body;
  if (isObject(body.error) && typeof body.error.message === "string")
    return { error: { message: body.error.message } };
  return { result: body.result };
}

/**
 * Chat turns from `a2a_receive` canvas rows (newest first on the wire), oldest first. The row is
 * written when the reply lands, so the question is dated `duration_ms` earlier.
 */
export function turnsFromActivity(rows: readonly ActivityRow[]): Turn[] {
  return rows
    .filter((r) => r.activity_type === "a2a_receive" && r.source_id === null)
    .map((row) => {
      const { id, text } = requestOf(row);
      const repliedAt = row.created_at;
      const asked = new Date(Date.parse(repliedAt) - (row.duration_ms ?? 0));
      return {
        requestId: id,
        text,
        at: Number.isNaN(asked.getTime()) ? repliedAt : asked.toISOString(),
        reply: replyOf(row),
        error: row.status === "ok" ? null : (row.error_detail ?? "The call failed."),
        repliedAt,
      };
    })
    .reverse();
}
