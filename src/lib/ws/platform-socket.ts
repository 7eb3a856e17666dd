import { parseEventFrame, type PlatformEvent } from "@/lib/contract";
import { reconnectDelayMs } from "./backoff";

/** `connecting` before the first open; `live` while open; `reconnecting` after a drop; `offline` when the browser is offline. */
export type SocketStatus = "connecting" | "live" | "reconnecting" | "offline";

export type SocketListener = {
  onEvent?(event: PlatformEvent): void;
  onStatus?(status: SocketStatus): void;
  /** Fires on every open after the first: the cache should resync once. */
  onReconnect?(): void;
};

type SocketLike = {
  onopen: ((ev: unknown) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  close(): void;
};

export type PlatformSocketOptions = {
  url: string;
  createSocket?: (url: string) => SocketLike;
  random?: () => number;
};

export type PlatformSocket = {
  subscribe(listener: SocketListener): () => void;
  status(): SocketStatus;
  /** Frames dropped because they failed the envelope or payload schema. */
  malformedCount(): number;
  close(): void;
};

/**
 * One WebSocket to the platform, reconnecting with backoff. Frames are parsed with the
 * contract schemas: unknown events are ignored, malformed ones dropped and counted, so
 * nothing from the wire can throw into React.
 */
export function createPlatformSocket(options: PlatformSocketOptions): PlatformSocket {
  const createSocket = options.createSocket ?? ((url: string) => new WebSocket(url) as unknown as SocketLike);
  const listeners = new Set<SocketListener>();
  let status: SocketStatus = "connecting";
  let socket: SocketLike | null = null;
  let attempt = 0;
  let hasOpened = false;
  let closed = false;
  let malformed = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  const setStatus = (next: SocketStatus) => {
    if (next === status) return;
    status = next;
    for (const l of listeners) l.onStatus?.(next);
  };

  const connect = () => {
    if (closed) return;
    retryTimer = null;
    const ws = createSocket(options.url);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      setStatus("live");
      if (hasOpened) for (const l of listeners) l.onReconnect?.();
      hasOpened = true;
    };
    ws.onmessage = (msg) => {
      const frame = parseEventFrame(msg.data);
      if (frame.kind === "malformed") {
        malformed += 1;
        return;
      }
      if (frame.kind !== "event") return;
      for (const l of listeners) l.onEvent?.(frame.event);
    };
    ws.onerror = () => ws.close();
    ws.onclose = () => {
      if (socket !== ws || closed) return;
      socket = null;
      const isOffline = typeof navigator !== "undefined" && navigator.onLine === false;
      setStatus(isOffline ? "offline" : "reconnecting");
      retryTimer = setTimeout(connect, reconnectDelayMs(attempt++, options.random));
    };
  };

  connect();

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    status: () => status,
    malformedCount: () => malformed,
    close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      socket?.close();
      socket = null;
    },
  };
}
