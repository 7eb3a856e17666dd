import { create } from "zustand";

/** A request for the canvas to do something to its view; `seq` makes a repeated request new. */
export type CanvasCommand =
  | { kind: "focus"; workspaceId: string; seq: number }
  | { kind: "tidy"; teamId: string | null; seq: number }
  | { kind: "fit-view"; seq: number };

type CanvasCommandsState = {
  /** The latest request; the canvas runs each one once, by `seq`. */
  pending: CanvasCommand | null;
  /** Pan and zoom to a workspace's card. */
  requestFocus(workspaceId: string): void;
  /** Lay out the whole org, or one team, as an org chart and save the positions. */
  requestTidy(teamId?: string | null): void;
  requestFitView(): void;
};

let seq = 0;

/**
 * Lets the palette, menus and shortcuts ask the canvas to act without importing it: the canvas
 * is the only subscriber and owns the React Flow instance these need.
 */
export const useCanvasCommandsStore = create<CanvasCommandsState>()((set) => ({
  pending: null,
  requestFocus: (workspaceId) => set({ pending: { kind: "focus", workspaceId, seq: ++seq } }),
  requestTidy: (teamId = null) => set({ pending: { kind: "tidy", teamId, seq: ++seq } }),
  requestFitView: () => set({ pending: { kind: "fit-view", seq: ++seq } }),
}));
