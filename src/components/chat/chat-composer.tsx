"use client";

import { useId, type FormEvent, type KeyboardEvent } from "react";

type ChatComposerProps = {
  draft: string;
  onDraftChange: (text: string) => void;
  onSend: (text: string) => void;
  isDisabled?: boolean;
};

/** The message box: Enter sends, Shift+Enter breaks the line; the draft lives in the chat store. */
export function ChatComposer({ draft, onDraftChange, onSend, isDisabled = false }: ChatComposerProps) {
  const id = useId();
  const submit = () => {
    const text = draft.trim();
    if (text === "" || isDisabled) return;
    onSend(text);
  };
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };
  return (
    <form onSubmit={handleSubmit} className="flex items-end gap-2 border-t border-border/40 p-3">
      <label htmlFor={id} className="sr-only">
        Message
      </label>
      <textarea
        id={id}
        value={draft}
        onChange={(e) => onDraftChange(e.target.value)}
        onKeyDown={handleKeyDown}
        rows={2}
        placeholder="Message the agent…"
        className="min-h-10 flex-1 resize-none rounded-md border border-border bg-bg px-3 py-2 text-sm"
      />
      <button
        type="submit"
        disabled={isDisabled || draft.trim() === ""}
        className="min-h-10 rounded-md bg-accent px-4 text-sm font-medium text-accent-fg disabled:opacity-60"
      >
        Send
      </button>
    </form>
  );
}
