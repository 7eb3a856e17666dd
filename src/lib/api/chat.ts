import { queryOptions, skipToken } from "@tanstack/react-query";
import { z } from "zod";
import {
  a2aQueuedSchema,
  activityListSchema,
  foldA2AStream,
  EMPTY_STREAM_FOLD,
  jsonRpcResponseSchema,
  type A2AStreamFold,
  type JsonRpcResponse,
} from "@/lib/contract";
import { EMPTY_CHAT, type ChatState } from "@/lib/chat/reduce-chat";
import { api } from "./client";
import { postEventStream } from "./stream";

/** Chat waits this long for an answer (contract §1), and this long between streamed events. */
export const CHAT_TIMEOUT_MS = 120_000;

const sendReplySchema = z.union([a2aQueuedSchema, jsonRpcResponseSchema]);

export type ChatRequest = {
  jsonrpc: "2.0";
  id: string;
  method: "message/send";
  params: { message: unknown; metadata?: unknown };
};

export type ChatSendResult =
  { kind: "reply"; response: JsonRpcResponse } | { kind: "queued"; queueDepth: number; message: string };

function classify(body: z.infer<typeof sendReplySchema>): ChatSendResult {
  const queued = a2aQueuedSchema.safeParse(body);
  if (queued.success) {
    return { kind: "queued", queueDepth: queued.data.queue_depth, message: queued.data.message };
  }
  return { kind: "reply", response: jsonRpcResponseSchema.parse(body) };
}

/**
 * Sends one chat turn. With `stream`, asks for SSE and reports the folded reply as it grows;
 * the platform answers JSON instead when the call never became a stream (errors, 202 queued).
 */
export async function sendChat(
  workspaceId: string,
  request: ChatRequest,
  options: { stream: boolean; signal?: AbortSignal; onProgress?(fold: A2AStreamFold): void },
): Promise<ChatSendResult> {
  const path = `/workspaces/${workspaceId}/a2a`;
  if (!options.stream) {
    return classify(
      await api.post(path, request, sendReplySchema, { timeoutMs: CHAT_TIMEOUT_MS, signal: options.signal }),
    );
  }
  let fold = EMPTY_STREAM_FOLD;
  let error: JsonRpcResponse["error"];
  const outcome = await postEventStream(path, request, sendReplySchema, {
    idleTimeoutMs: CHAT_TIMEOUT_MS,
    signal: options.signal,
    onEvent(data) {
      const parsed = jsonRpcResponseSchema.safeParse(safeJson(data));
      if (!parsed.success) return;
      if (parsed.data.error) error = parsed.data.error;
      fold = foldA2AStream(fold, parsed.data.result);
      options.onProgress?.(fold);
    },
  });
  if (outcome.kind === "json") return classify(outcome.body);
  const response: JsonRpcResponse = error
    ? { jsonrpc: "2.0", id: request.id, error }
    : { jsonrpc: "2.0", id: request.id, result: fold.result };
  return { kind: "reply", response };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Canvas-originated calls to a workspace (the chat transcript), newest first (contract §6.2). */
export const fetchChatHistory = (workspaceId: string, limit: number, signal?: AbortSignal) =>
  api.get(
    `/workspaces/${workspaceId}/activity?type=a2a_receive&source=canvas&limit=${limit}`,
    activityListSchema,
    { signal },
  );

/** Query keys for chat; invalidate by a prefix, never a typed key. */
export const chatQueries = {
  all: () => ["chat"] as const,
  /** Every history page of one workspace. */
  histories: (workspaceId: string) => [...chatQueries.all(), workspaceId, "history"] as const,
  /** The newest `limit` turns the platform recorded; replies arrive by socket, so it never goes stale on a timer. */
  history: (workspaceId: string, limit: number) =>
    queryOptions({
      queryKey: [...chatQueries.histories(workspaceId), limit] as const,
      queryFn: ({ signal }) => fetchChatHistory(workspaceId, limit, signal),
      staleTime: Infinity,
    }),
  /**
   * What the chat shows: history, sends and socket replies folded by `reduceChat`. Never fetched,
   * and kept while the tab lives so switching panels loses nothing.
   */
  transcript: (workspaceId: string) =>
    queryOptions<ChatState>({
      queryKey: [...chatQueries.all(), workspaceId, "transcript"] as const,
      queryFn: skipToken,
      initialData: EMPTY_CHAT,
      staleTime: Infinity,
      gcTime: Infinity,
    }),
};
