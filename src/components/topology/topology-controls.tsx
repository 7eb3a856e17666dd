"use client";

import { useShallow } from "zustand/react/shallow";
import { TOPOLOGY_WINDOWS, useTopologyStore, type TopologyWindow } from "@/store/topology";

const WINDOW_LABELS: Record<TopologyWindow, string> = {
  [TOPOLOGY_WINDOWS[0]]: "5 min",
  [TOPOLOGY_WINDOWS[1]]: "1 h",
  [TOPOLOGY_WINDOWS[2]]: "24 h",
};

const chip =
  "min-h-8 rounded-md border px-2.5 text-xs font-medium focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-focus";
const chipState = (isActive: boolean) =>
  isActive ? "border-accent bg-accent text-accent-fg" : "border-border/60 bg-bg text-fg hover:bg-surface";

/** The A2A overlay's switches: on/off, the window, the user's own chats, and focus mode. */
export function TopologyControls() {
  const { isOn, windowMs, showChats, isFocusMode } = useTopologyStore(
    useShallow((s) => ({
      isOn: s.isOn,
      windowMs: s.windowMs,
      showChats: s.showChats,
      isFocusMode: s.isFocusMode,
    })),
  );
  const { toggle, chooseWindow, toggleChats, toggleFocusMode } = useTopologyStore(
    useShallow((s) => ({
      toggle: s.toggle,
      chooseWindow: s.chooseWindow,
      toggleChats: s.toggleChats,
      toggleFocusMode: s.toggleFocusMode,
    })),
  );
  return (
    <div
      role="group"
      aria-label="A2A topology"
      className="flex flex-wrap items-center gap-2 rounded-lg border border-border/60 bg-bg p-1.5 shadow-sm"
    >
      <button type="button" aria-pressed={isOn} onClick={toggle} className={`${chip} ${chipState(isOn)}`}>
        A2A edges
      </button>
      {isOn ? (
        <>
          <div role="group" aria-label="Time window" className="flex gap-1">
            {TOPOLOGY_WINDOWS.map((w) => (
              <button
                key={w}
                type="button"
                aria-pressed={w === windowMs}
                onClick={() => chooseWindow(w)}
                className={`${chip} ${chipState(w === windowMs)}`}
              >
                {WINDOW_LABELS[w]}
              </button>
            ))}
          </div>
          <button
            type="button"
            aria-pressed={showChats}
            onClick={toggleChats}
            className={`${chip} ${chipState(showChats)}`}
          >
            Show my chats
          </button>
          <button
            type="button"
            aria-pressed={isFocusMode}
            onClick={toggleFocusMode}
            title="Select a workspace to dim everything not talking to it"
            className={`${chip} ${chipState(isFocusMode)}`}
          >
            Focus
          </button>
        </>
      ) : null}
    </div>
  );
}
