"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { chatQueries, sendChat } from "@/lib/api/chat";
import { useWorkspaceRow, useWorkspaceRows } from "@/lib/api/use-workspaces";
import { agentErrorProblem, describeChatProblem, queuedProblem } from "@/lib/chat/chat-problem";
import { buildContextHistory } from "@/lib/chat/context-history";
import { turnsFromActivity } from "@/lib/chat/history";
import { replyBodyOf } from "@/lib/chat/live-chat";
import { describeProgress } from "@/lib/chat/live-progress";
import { EMPTY_CHAT, isAwaitingReply, reduceChat, type ChatAction } from "@/lib/chat/reduce-chat";
import { extractReply } from "@/lib/chat/reply";
import { randomId } from "@/lib/random-id";
import { useLiveSession } from "@/lib/ws/use-live-session";
import { useUnreadStore } from "@/store/unread";

const HISTORY_PAGE = 50;
const MAX_HISTORY = 500;

/**
 * One workspace's chat: the transcript in the query cache, built from history, sends (streamed when
 * the agent card says so) and the replies and messages the live session applies; progress notes
 * come from the session's hub while a turn is waiting.
 */
export function useChat(workspaceId: string) {
  const queryClient = useQueryClient();
  const { hub } = useLiveSession();
  const chat = useQuery(chatQueries.transcript(workspaceId)).data ?? EMPTY_CHAT;
  const apply = useCallback(
    (action: ChatAction) =>
      queryClient.setQueryData(chatQueries.transcript(workspaceId).queryKey, (prev) =>
        reduceChat(prev ?? EMPTY_CHAT, action),
      ),
    [queryClient, workspaceId],
  );
  const markRead = useUnreadStore((s) => s.read);
  const row = useWorkspaceRow(workspaceId);
  const rows = useWorkspaceRows();
  const canStream = row?.agent_card?.capabilities?.streaming === true;
  const [progress, setProgress] = useState<string | null>(null);
  const [historyLimit, setHistoryLimit] = useState(HISTORY_PAGE);
  // Replies arrive by socket; history is refetched only on reconnect or a late reply.
  const history = useQuery({
    ...chatQueries.history(workspaceId, historyLimit),
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
    if (history.data) apply({ type: "history", turns: turnsFromActivity(history.data) });
  }, [history.data, apply]);

  useEffect(() => markRead(workspaceId), [workspaceId, markRead, chat.messages.length]);

  useEffect(
    () =>
      hub.subscribe({
        onEvent(event) {
          if (event.workspace_id !== workspaceId || !awaitingRef.current) return;
          // A reply that outlived the HTTP wait is announced by its activity row (contract §4.1).
          if (
            event.event === "ACTIVITY_LOGGED" &&
            event.payload.activity_type === "a2a_receive" &&
            event.payload.source_id === null
          ) {
            void queryClient.invalidateQueries({ queryKey: chatQueries.histories(workspaceId) });
          }
          const note = describeProgress(event, workspaceId, (id) => namesRef.current.get(id) ?? "a teammate");
          if (note) setProgress(note);
        },
      }),
    [hub, queryClient, workspaceId],
  );

  const send = useCallback(
    async (text: string): Promise<boolean> => {
      const requestId = randomId();
      const transcript = queryClient.getQueryData(chatQueries.transcript(workspaceId).queryKey);
      const history = buildContextHistory(transcript?.messages ?? []);
      apply({ type: "sent", requestId, text, at: new Date().toISOString() });
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
            if (streamed) apply({ type: "streamed", requestId, text: streamed });
          },
        });
        if (out.kind === "queued") {
          apply({ type: "failed", requestId, problem: queuedProblem(out.queueDepth) });
          return true;
        }
        const body = replyBodyOf(out.response);
        if (body.error) apply({ type: "failed", requestId, problem: agentErrorProblem(body.error.message) });
        else apply({ type: "replied", requestId, body, at: new Date().toISOString() });
        return true;
      } catch (err) {
        apply({ type: "failed", requestId, problem: describeChatProblem(err) });
        return false;
      } finally {
        setProgress(null);
      }
    },
    [workspaceId, queryClient, apply, canStream],
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
