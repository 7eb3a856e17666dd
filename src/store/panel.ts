import { create } from "zustand";

/** Tabs of the workspace side panel; later features (chat, activity) add theirs here. */
export type PanelTab = "details" | "agent" | "peers" | "budget" | "chat" | "activity";

export const PANEL_TABS: readonly PanelTab[] = ["details", "agent", "peers", "budget", "chat", "activity"];

type PanelState = {
  /** The workspace the side panel shows; null when the panel is closed. */
  selectedId: string | null;
  tab: PanelTab;
  /** The panel covers the chart (a full-size chat or activity view) instead of sitting beside it. */
  isExpanded: boolean;
  /** The user asked to see a workspace, optionally on a given tab. */
  open(id: string, tab?: PanelTab): void;
  /** The user switched tabs inside the open panel. */
  showTab(tab: PanelTab): void;
  close(): void;
  setExpanded(isExpanded: boolean): void;
  /** The workspace was removed; close the panel only if it was showing that one. */
  forget(id: string): void;
};

export const usePanelStore = create<PanelState>()((set) => ({
  selectedId: null,
  tab: "details",
  isExpanded: false,
  open: (id, tab) => set((s) => ({ selectedId: id, tab: tab ?? s.tab })),
  showTab: (tab) => set({ tab }),
  close: () => set({ selectedId: null, isExpanded: false }),
  setExpanded: (isExpanded) => set({ isExpanded }),
  forget: (id) => set((s) => (s.selectedId === id ? { selectedId: null, isExpanded: false } : s)),
}));
