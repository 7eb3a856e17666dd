import { create } from "zustand";

type ChatStore = {
  /** Unsent text per workspace: a failed send or a panel switch never loses it. */
  drafts: Readonly<Record<string, string>>;
  editDraft(workspaceId: string, text: string): void;
};

/** Chat UI state; transcripts are server data and live in the query cache (`chatQueries.transcript`). */
export const useChatStore = create<ChatStore>()((set) => ({
  drafts: {},
  editDraft: (id, text) => set((s) => ({ drafts: { ...s.drafts, [id]: text } })),
}));
