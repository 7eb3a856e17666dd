import type { QueryClient } from "@tanstack/react-query";
import { createLocalEdits, type LocalEdits } from "@/lib/events/local-edits";
import { bindLiveResources } from "./bind-live-resources";
import { createEventHub, type EventHub } from "./event-hub";
import { createPlatformSocket, type PlatformSocket } from "./platform-socket";
import { liveResources } from "./registry";
import { createRetainable } from "./retainable";
import { platformWsUrl } from "./ws-url";

export type LiveSession = {
  /** Every socket event, status change and reconnect, for the binding and UI-only listeners. */
  readonly hub: EventHub;
  /** Saves still in flight or not yet echoed: mutations record them, the binding honours them. */
  readonly localEdits: LocalEdits;
  /** Applies socket events to the query cache until the returned stop. */
  start(): () => void;
  /** Keeps the tab's one socket open while a live screen is shown; returns the release. */
  retainSocket(): () => void;
};

export type LiveSessionOptions = {
  /** Opens the socket; tests pass a fake. */
  openSocket?: () => PlatformSocket;
  /** Frame scheduler for the batchers; tests pass their own. */
  schedule?: (callback: () => void) => unknown;
};

/** The tab's live data over one query client: created by the screen that shows live data (`TabLiveSession`), reached by `useLiveSession`. */
export function createLiveSession(queryClient: QueryClient, options: LiveSessionOptions = {}): LiveSession {
  const hub = createEventHub();
  const localEdits = createLocalEdits();
  const openSocket = options.openSocket ?? (() => createPlatformSocket({ url: platformWsUrl() }));

  let hasBeenLive = false;
  const connect = () => {
    const socket = openSocket();
    let isFirstOpen = true;
    const unfeed = socket.subscribe({
      onEvent: (event) => hub.emitEvent(event),
      onStatus: (status) => {
        hub.emitStatus(status);
        if (status !== "live" || !isFirstOpen) return;
        isFirstOpen = false;
        // A socket opened after an earlier one closed missed what was sent in between.
        if (hasBeenLive) hub.emitReconnect();
        hasBeenLive = true;
      },
      onReconnect: () => hub.emitReconnect(),
    });
    hub.emitStatus(socket.status());
    return () => {
      unfeed();
      socket.close();
    };
  };

  return {
    hub,
    localEdits,
    start: createRetainable(() =>
      bindLiveResources(queryClient, hub, liveResources(localEdits), { schedule: options.schedule }),
    ),
    retainSocket: createRetainable(connect),
  };
}
