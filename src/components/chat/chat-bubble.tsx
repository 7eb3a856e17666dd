"use client";

import { memo } from "react";
import type { ChatMessage } from "@/lib/chat/reduce-chat";
import { AgentMarkdown } from "./agent-markdown";
import { ProblemNotice } from "./problem-notice";

type ChatBubbleProps = {
  message: ChatMessage;
  onRetry?: () => void;
  onAction?: (action: "raise-budget" | "restart") => void;
};

const formatSize = (size: number | undefined) =>
  size === undefined ? "" : size < 1024 ? ` (${size} B)` : ` (${Math.round(size / 1024)} KB)`;

/** One turn: the user's text as typed, the agent's as safe markdown with its files. */
export const ChatBubble = memo(function ChatBubble({ message, onRetry, onAction }: ChatBubbleProps) {
  const isUser = message.role === "user";
  if (!isUser && message.state === "pending") return null;
  return (
    <li
      aria-label={isUser ? "You said" : "Agent replied"}
      className={`max-w-[90%] rounded-lg px-3 py-2 ${isUser ? "self-end bg-accent text-accent-fg" : "self-start border border-border/40 bg-surface"}`}
    >
      {isUser ? (
        <p className="text-sm whitespace-pre-wrap">{message.text}</p>
      ) : message.text ? (
        <AgentMarkdown text={message.text} />
      ) : null}
      {message.state === "streaming" ? <span className="sr-only">Still receiving…</span> : null}
      {message.files.length > 0 ? (
        <ul className="mt-2 space-y-1 text-xs">
          {message.files.map((f, i) => (
            <li key={`${f.name}-${i}`}>
              {f.href ? (
                <a
                  href={f.href}
                  download={f.name}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="underline"
                >
                  Download {f.name}
                  {formatSize(f.size)}
                </a>
              ) : (
                <span>
                  {f.name}
                  {formatSize(f.size)}
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {message.state === "error" && message.problem ? (
        <ProblemNotice problem={message.problem} onRetry={onRetry} onAction={onAction} />
      ) : null}
    </li>
  );
});
