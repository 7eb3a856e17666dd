import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

/** Tabs of the workspace side panel; later features (chat, activity) add theirs here. */
export type PanelTab = "details" | "agent" | "peers" | "budget" | "chat" | "activity";

export const PANEL_TABS: readonly PanelTab[] = ["details", "agent", "peers", "budget", "chat", "activity"];

/** Bounds of the panel's width beside the chart, in CSS pixels. */
export const PANEL_MIN_WIDTH = 320;
export const PANEL_MAX_WIDTH = 800;
const PANEL_DEFAULT_WIDTH = 384;

/** localStorage key of the panel's remembered width. */
const PANEL_STORAGE_KEY = "molecule-panel";

const clampWidth = (width: number) =>
  Math.round(
    Math.min(
      PANEL_MAX_WIDTH,
      Math.max(PANEL_MIN_WIDTH, Number.isFinite(width) ? width : PANEL_DEFAULT_WIDTH),
    ),
  );

type PanelState = {
  /** The workspace the side panel shows; null when the panel is closed. */
  selectedId: string | null;
  tab: PanelTab;
  /** The panel covers the chart (a full-size chat or activity view) instead of sitting beside it. */
  isExpanded: boolean;
  /** Width beside the chart, kept between PANEL_MIN_WIDTH and PANEL_MAX_WIDTH; remembered across visits. */
  width: number;
  /** The user asked to see a workspace, optionally on a given tab. */
  open(id: string, tab?: PanelTab): void;
  /** The user switched tabs inside the open panel. */
  showTab(tab: PanelTab): void;
  close(): void;
  setExpanded(isExpanded: boolean): void;
  /** The user resized the panel; the width is clamped to its bounds. */
  setWidth(width: number): void;
  /** The workspace was removed; close the panel only if it was showing that one. */
  forget(id: string): void;
};

export const usePanelStore = create<PanelState>()(
  persist(
    (set) => ({
      selectedId: null,
      tab: "details",
      isExpanded: false,
      width: PANEL_DEFAULT_WIDTH,
      open: (id, tab) => set((s) => ({ selectedId: id, tab: tab ?? s.tab })),
      showTab: (tab) => set({ tab }),
      close: () => set({ selectedId: null, isExpanded: false }),
      setExpanded: (isExpanded) => set({ isExpanded }),
      setWidth: (width) => set({ width: clampWidth(width) }),
      forget: (id) => set((s) => (s.selectedId === id ? { selectedId: null, isExpanded: false } : s)),
    }),
    {
      name: PANEL_STORAGE_KEY,
      storage: createJSONStorage(() => localStorage),
      // Only the width is a preference; which workspace is open is this visit's state.
      partialize: (state) => ({ width: state.width }),
      merge: (persisted, current) => {
        const width = (persisted as { width?: unknown } | undefined)?.width;
        return typeof width === "number" ? { ...current, width: clampWidth(width) } : current;
      },
      // Read at start-up, before anything sets the store (a set before it would overwrite the stored
      // width). The server renders no panel, so its HTML does not depend on the width.
    },
  ),
);
