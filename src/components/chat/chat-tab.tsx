"use client";

import { useEffect, useRef, type UIEvent } from "react";
import { restartWorkspace } from "@/lib/api/workspace-mutations";
import { describeError } from "@/lib/api/describe-error";
import { useChatStore } from "@/store/chat";
import { usePanelStore } from "@/store/panel";
import { useToastStore } from "@/store/toasts";
import { ChatBubble } from "./chat-bubble";
import { ChatComposer } from "./chat-composer";
import { useChat } from "./use-chat";
import { WorkingLine } from "./working-line";

/** The panel's chat with one workspace's agent. */
export function ChatTab({ workspaceId }: { workspaceId: string }) {
  const { messages, progress, send, loadOlder, hasOlder, historyState } = useChat(workspaceId);
  const draft = useChatStore((s) => s.drafts[workspaceId] ?? "");
  const editDraft = useChatStore((s) => s.editDraft);
  const showToast = useToastStore((s) => s.show);
  const listRef = useRef<HTMLOListElement>(null);
  const waiting = messages.findLast(
    (m) => m.role === "agent" && (m.state === "pending" || m.state === "streaming"),
  );
  const lastKey = messages.at(-1)?.key;
  const lastText = messages.at(-1)?.text;

  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [lastKey, lastText]);

  const handleSend = async (text: string) => {
    editDraft(workspaceId, "");
    // A send that throws before it reaches the platform must not eat the draft either.
    const isSent = await send(text).catch(() => false);
    // Put the text back unless the user already started a new draft.
    if (!isSent && (useChatStore.getState().drafts[workspaceId] ?? "") === "") editDraft(workspaceId, text);
  };

  const handleAction = (action: "raise-budget" | "restart") => {
    if (action === "raise-budget") {
      usePanelStore.getState().showTab("budget");
      return;
    }
    restartWorkspace(workspaceId).then(
      () =>
        showToast({ kind: "info", title: "Restarting the agent", message: "Send again once it is online." }),
      (err: unknown) => showToast({ kind: "error", ...describeError(err) }),
    );
  };

  const handleScroll = (event: UIEvent<HTMLOListElement>) => {
    if (event.currentTarget.scrollTop === 0 && hasOlder) loadOlder();
  };

  return (
    <section aria-label="Chat" className="flex h-full min-h-0 flex-col">
      <ol
        ref={listRef}
        onScroll={handleScroll}
        aria-live="polite"
        aria-busy={waiting?.state === "streaming" || undefined}
        className="flex min-h-0 flex-1 flex-col gap-2 overflow-y-auto p-3"
      >
        {hasOlder ? (
          <li className="self-center">
            <button type="button" onClick={loadOlder} className="text-xs text-muted underline">
              Load older messages
            </button>
          </li>
        ) : null}
        {historyState === "error" ? (
          <li className="self-center text-xs text-muted">Earlier messages could not be loaded.</li>
        ) : null}
        {historyState === "success" && messages.length === 0 ? (
          <li className="self-center text-sm text-muted">No messages yet. Ask the agent for something.</li>
        ) : null}
        {messages.map((m) => (
          <ChatBubble
            key={m.key}
            message={m}
            onAction={handleAction}
            onRetry={() => {
              const asked = messages.find((u) => u.role === "user" && u.requestId === m.requestId);
              if (asked) void handleSend(asked.text);
            }}
          />
        ))}
      </ol>
      {waiting ? <WorkingLine since={waiting.at} note={progress} /> : null}
      <ChatComposer
        draft={draft}
        onDraftChange={(text) => editDraft(workspaceId, text)}
        onSend={(text) => void handleSend(text)}
      />
    </section>
  );
}
