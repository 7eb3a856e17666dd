import { create } from "zustand";
import { EMPTY_CHAT, reduceChat, type ChatAction, type ChatState } from "@/lib/chat/reduce-chat";

type ChatStore = {
  /** Each workspace's transcript, kept while the tab lives so switching panels loses nothing. */
  sessions: Readonly<Record<string, ChatState>>;
  /** Unsent text per workspace: a failed send or a panel switch never loses it. */
  drafts: Readonly<Record<string, string>>;
  apply(workspaceId: string, action: ChatAction): void;
  editDraft(workspaceId: string, text: string): void;
};

export const useChatStore = create<ChatStore>()((set) => ({
  sessions: {},
  drafts: {},
  apply: (id, action) =>
    set((s) => {
      const prev = s.sessions[id] ?? EMPTY_CHAT;
      const next = reduceChat(prev, action);
      return next === prev ? s : { sessions: { ...s.sessions, [id]: next } };
    }),
  editDraft: (id, text) => set((s) => ({ drafts: { ...s.drafts, [id]: text } })),
}));
