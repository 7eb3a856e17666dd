"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { fetchChatHistory, sendChat } from "@/lib/api/chat";
import { useWorkspaceRow, useWorkspaceRows } from "@/lib/api/use-workspaces";
import { agentErrorProblem, describeChatProblem, queuedProblem } from "@/lib/chat/chat-problem";
import { buildContextHistory } from "@/lib/chat/context-history";
import { turnsFromActivity } from "@/lib/chat/history";
import { describeProgress } from "@/lib/chat/live-progress";
import { EMPTY_CHAT, isAwaitingReply, type ReplyBody } from "@/lib/chat/reduce-chat";
import { extractReply, safeFileHref } from "@/lib/chat/reply";
import { randomId } from "@/lib/random-id";
import { platformEvents } from "@/lib/ws/event-hub";
import { useChatStore } from "@/store/chat";
import { useUnreadStore } from "@/store/unread";

const HISTORY_PAGE = 50;
const MAX_HISTORY = 500;

function replyBodyOf(response: unknown): ReplyBody | null {
  if (typeof response !== "object" || response === null) return null;
  const r = response as { result?: unknown; error?: { message?: unknown } };
  if (r.error && typeof r.error.message === "string") return { error: { message: r.error.message } };
  return { result: r.result };
}

/**
 * One workspace's chat: history from activity, sends (streamed when the agent card says so), and
 * live replies, progress and unprompted messages from the tab's one socket.
 */
export function useChat(workspaceId: string) {
  const chat = useChatStore((s) => s.sessions[workspaceId] ?? EMPTY_CHAT);
  const apply = useChatStore((s) => s.apply);
  const markRead = useUnreadStore((s) => s.read);
  const row = useWorkspaceRow(workspaceId);
  const rows = useWorkspaceRows();
  const canStream = row?.agent_card?.capabilities?.streaming === true;
  const [progress, setProgress] = useState<string | null>(null);
  const [historyLimit, setHistoryLimit] = useState(HISTORY_PAGE);
  const queryClient = useQueryClient();
  const history = useQuery({
    queryKey: ["chat-history", workspaceId, historyLimit],
    queryFn: ({ signal }) => fetchChatHistory(workspaceId, historyLimit, signal),
    // Replies arrive by socket; the transcript is refetched only on reconnect or a late reply.
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
  const hasOlder = (history.data?.length ?? 0) >= historyLimit && historyLimit < MAX_HISTORY;
  const namesRef = useRef(new Map<string, string>());
  const awaitingRef = useRef(false);
  const isAwaiting = isAwaitingReply(chat);
  useEffect(() => {
    namesRef.current = new Map(rows.map((r) => [r.id, r.name]));
  }, [rows]);
  useEffect(() => {
    awaitingRef.current = isAwaiting;
  }, [isAwaiting]);

  useEffect(() => {
    if (history.data) apply(workspaceId, { type: "history", turns: turnsFromActivity(history.data) });
  }, [history.data, workspaceId, apply]);

  const refreshHistory = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: ["chat-history", workspaceId] }),
    [queryClient, workspaceId],
  );

  useEffect(() => markRead(workspaceId), [workspaceId, markRead, chat.messages.length]);

  useEffect(
    () =>
      platformEvents.subscribe({
        onEvent(event) {
          if (event.workspace_id !== workspaceId) return;
          if (event.event === "A2A_RESPONSE") {
            const body = replyBodyOf(event.payload.response_body);
            const id = (event.payload.response_body as { id?: unknown } | null)?.id;
            if (body && (typeof id === "string" || typeof id === "number")) {
              apply(workspaceId, { type: "replied", requestId: String(id), body, at: event.timestamp });
            }
            return;
          }
          if (event.event === "AGENT_MESSAGE") {
            const files = (event.payload.attachments ?? []).map((a) => ({
              name: a.name,
              mimeType: a.mimeType,
              size: a.size,
              href: safeFileHref(a.uri),
            }));
            apply(workspaceId, {
              type: "agent-message",
              key: `notify:${event.timestamp}:${event.payload.message.length}`,
              text: event.payload.message,
              files,
              at: event.timestamp,
            });
            return;
          }
          // A reply that outlived the HTTP wait is announced by its activity row (contract §4.1).
          if (
            event.event === "ACTIVITY_LOGGED" &&
            event.payload.activity_type === "a2a_receive" &&
            event.payload.source_id === null &&
            awaitingRef.current
          ) {
            refreshHistory();
          }
          if (!awaitingRef.current) return;
          const note = describeProgress(event, workspaceId, (id) => namesRef.current.get(id) ?? "a teammate");
          if (note) setProgress(note);
        },
        onReconnect: refreshHistory,
      }),
    [workspaceId, apply, refreshHistory],
  );

  const send = useCallback(
    async (text: string): Promise<boolean> => {
      const requestId = randomId();
      const history = buildContextHistory(useChatStore.getState().sessions[workspaceId]?.messages ?? []);
      apply(workspaceId, { type: "sent", requestId, text, at: new Date().toISOString() });
      setProgress(null);
      const request = {
        jsonrpc: "2.0" as const,
        id: requestId,
        method: "message/send" as const,
        params: {
          message: { role: "user", messageId: randomId(), parts: [{ kind: "text", text }] },
          ...(history.length > 0 ? { metadata: { history } } : {}),
        },
      };
      try {
        const out = await sendChat(workspaceId, request, {
          stream: canStream,
          onProgress(fold) {
            if (fold.progress) setProgress(fold.progress);
            const artifacts = fold.result?.kind === "task" ? fold.result.artifacts : [];
            const streamed = extractReply({ artifacts }).text;
            if (streamed) apply(workspaceId, { type: "streamed", requestId, text: streamed });
          },
        });
        if (out.kind === "queued") {
          apply(workspaceId, { type: "failed", requestId, problem: queuedProblem(out.queueDepth) });
          return true;
        }
        const body = replyBodyOf(out.response) ?? { result: undefined };
        if (body.error)
          apply(workspaceId, { type: "failed", requestId, problem: agentErrorProblem(body.error.message) });
        else apply(workspaceId, { type: "replied", requestId, body, at: new Date().toISOString() });
        return true;
      } catch (err) {
        apply(workspaceId, { type: "failed", requestId, problem: describeChatProblem(err) });
        return false;
      } finally {
        setProgress(null);
      }
    },
    [workspaceId, apply, canStream],
  );

  const loadOlder = useCallback(() => {
    setHistoryLimit((n) => Math.min(n + HISTORY_PAGE, MAX_HISTORY));
  }, []);

  return {
    messages: chat.messages,
    progress,
    send,
    loadOlder,
    hasOlder,
    historyState: history.status === "pending" ? "loading" : history.status,
    isAwaiting,
  };
}
