import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

/** The windows the overlay offers: 5 min, 1 h, 24 h. */
export const TOPOLOGY_WINDOWS = [5 * 60_000, 60 * 60_000, 24 * 60 * 60_000] as const;
export type TopologyWindow = (typeof TOPOLOGY_WINDOWS)[number];

/** The edge whose calls the panel lists: its drawn ends, after folding. */
export type OpenEdge = { id: string; source: string; target: string };

type TopologyState = {
  isOn: boolean;
  windowMs: TopologyWindow;
  showChats: boolean;
  isFocusMode: boolean;
  /** Workspaces connected to the focused one (itself included) while focus mode has a target; else null. */
  focusedIds: ReadonlySet<string> | null;
  openEdge: OpenEdge | null;
  /** The moment the timeline shows; null while live. */
  travelAt: number | null;
  isPlaying: boolean;
  /** The card under the pointer or holding focus; its edges show their labels. */
  activeCardId: string | null;
  /** The chart's legend is expanded. */
  isLegendOpen: boolean;
  toggle(): void;
  chooseWindow(windowMs: TopologyWindow): void;
  toggleChats(): void;
  toggleFocusMode(): void;
  /** The overlay worked out which cards focus mode keeps lit. */
  showFocus(ids: ReadonlySet<string> | null): void;
  inspectEdge(edge: OpenEdge): void;
  closeEdge(): void;
  travelTo(t: number): void;
  goLive(): void;
  play(from: number): void;
  pause(): void;
  activateCard(id: string | null): void;
  toggleLegend(): void;
};

/** UI state of the A2A topology overlay; the toggle, window and options survive reloads. */
export const useTopologyStore = create<TopologyState>()(
  persist(
    (set) => ({
      isOn: true,
      windowMs: 60 * 60_000,
      showChats: false,
      isFocusMode: false,
      focusedIds: null,
      openEdge: null,
      travelAt: null,
      isPlaying: false,
      activeCardId: null,
      isLegendOpen: false,
      toggle: () => set((s) => ({ isOn: !s.isOn, openEdge: null })),
      chooseWindow: (windowMs) => set({ windowMs, travelAt: null, isPlaying: false }),
      toggleChats: () => set((s) => ({ showChats: !s.showChats })),
      toggleFocusMode: () => set((s) => ({ isFocusMode: !s.isFocusMode })),
      showFocus: (ids) => set((s) => (sameIds(s.focusedIds, ids) ? s : { focusedIds: ids })),
      inspectEdge: (edge) => set({ openEdge: edge }),
      closeEdge: () => set({ openEdge: null }),
      travelTo: (t) => set({ travelAt: t }),
      goLive: () => set({ travelAt: null, isPlaying: false }),
      play: (from) => set({ travelAt: from, isPlaying: true }),
      pause: () => set({ isPlaying: false }),
      activateCard: (id) => set((s) => (s.activeCardId === id ? s : { activeCardId: id })),
      toggleLegend: () => set((s) => ({ isLegendOpen: !s.isLegendOpen })),
    }),
    {
      name: "molecule-topology",
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({
        isOn: s.isOn,
        windowMs: s.windowMs,
        showChats: s.showChats,
        isFocusMode: s.isFocusMode,
        isLegendOpen: s.isLegendOpen,
      }),
      merge: (saved, current) => {
        const s = (saved ?? {}) as Partial<TopologyState>;
        return {
          ...current,
          ...(typeof s.isOn === "boolean" ? { isOn: s.isOn } : {}),
          ...(TOPOLOGY_WINDOWS.some((w) => w === s.windowMs) ? { windowMs: s.windowMs } : {}),
          ...(typeof s.showChats === "boolean" ? { showChats: s.showChats } : {}),
          ...(typeof s.isFocusMode === "boolean" ? { isFocusMode: s.isFocusMode } : {}),
          ...(typeof s.isLegendOpen === "boolean" ? { isLegendOpen: s.isLegendOpen } : {}),
        };
      },
    },
  ),
);

function sameIds(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/** For a card: true when focus mode is dimming it because it is not connected to the focused workspace. */
export const useIsDimmedByTopology = (workspaceId: string) =>
  useTopologyStore((s) => s.focusedIds !== null && !s.focusedIds.has(workspaceId));
