import type { PlatformEvent } from "@/lib/contract";
import type { SocketStatus } from "./platform-socket";

export type EventHubListener = {
  onEvent?(event: PlatformEvent): void;
  onStatus?(status: SocketStatus): void;
  /** The socket reopened after a drop: resync whatever was built from events. */
  onReconnect?(): void;
};

/**
 * Fan-out of the tab's one socket: the cache binding, the topology feed and UI-only listeners
 * (unread counts, chat progress) all hear it here, so none of them opens a second connection.
 */
export function createEventHub() {
  const listeners = new Set<EventHubListener>();
  let status: SocketStatus = "connecting";
  return {
    subscribe(listener: EventHubListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    status: () => status,
    emitEvent(event: PlatformEvent) {
      for (const l of listeners) l.onEvent?.(event);
    },
    emitStatus(next: SocketStatus) {
      status = next;
      for (const l of listeners) l.onStatus?.(next);
    },
    emitReconnect() {
      for (const l of listeners) l.onReconnect?.();
    },
  };
}

export type EventHub = ReturnType<typeof createEventHub>;
