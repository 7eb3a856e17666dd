import { create } from "zustand";

type UnreadState = {
  /** Unprompted agent messages (`AGENT_MESSAGE`) not yet seen, per workspace. */
  counts: Readonly<Record<string, number>>;
  /** An agent messaged the user. */
  received(workspaceId: string): void;
  /** The user opened that workspace's chat. */
  read(workspaceId: string): void;
};

export const useUnreadStore = create<UnreadState>()((set) => ({
  counts: {},
  received: (id) => set((s) => ({ counts: { ...s.counts, [id]: (s.counts[id] ?? 0) + 1 } })),
  read: (id) =>
    set((s) => {
      if (!s.counts[id]) return s;
      const { [id]: _seen, ...rest } = s.counts;
      return { counts: rest };
    }),
}));
