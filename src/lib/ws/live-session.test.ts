import { QueryClient } from "@tanstack/react-query";
import { makeEvent } from "@/lib/contract";
import { createLiveSession } from "./live-session";
import type { PlatformSocket, SocketListener, SocketStatus } from "./platform-socket";

function fakeSockets() {
  const opened: { listeners: Set<SocketListener>; isClosed: boolean; open(): void }[] = [];
  const openSocket = (): PlatformSocket => {
    const listeners = new Set<SocketListener>();
    let status: SocketStatus = "connecting";
    const entry = {
      listeners,
      isClosed: false,
      open: () => {
        status = "live";
        listeners.forEach((l) => l.onStatus?.("live"));
      },
    };
    opened.push(entry);
    return {
      subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
      status: () => status,
      malformedCount: () => 0,
      close: () => (entry.isClosed = true),
    };
  };
  return { opened, openSocket };
}

function setup() {
  const sockets = fakeSockets();
  const session = createLiveSession(new QueryClient(), {
    openSocket: sockets.openSocket,
    schedule: (cb) => cb(),
  });
  const heard = { events: vi.fn(), statuses: vi.fn(), reconnects: vi.fn() };
  session.hub.subscribe({ onEvent: heard.events, onStatus: heard.statuses, onReconnect: heard.reconnects });
  return { session, sockets, heard };
}

describe("createLiveSession", () => {
  it("opens one socket however many screens retain it, and closes it with the last release", () => {
    const { session, sockets } = setup();
    const releaseA = session.retainSocket();
    const releaseB = session.retainSocket();
    releaseA();
    releaseA();

    expect(sockets.opened).toHaveLength(1);
    expect(sockets.opened[0]?.isClosed).toBe(false);
    releaseB();
    expect(sockets.opened[0]?.isClosed).toBe(true);
  });

  it("feeds the socket's events and status into the hub", () => {
    const { session, sockets, heard } = setup();
    session.retainSocket();
    sockets.opened[0]?.open();
    sockets.opened[0]?.listeners.forEach((l) => l.onEvent?.(makeEvent("WORKSPACE_OFFLINE", "a", {})));

    expect(heard.statuses.mock.calls).toEqual([["connecting"], ["live"]]);
    expect(heard.events).toHaveBeenCalledTimes(1);
    expect(session.hub.status()).toBe("live");
  });

  it("announces a reconnect when a new socket opens after an earlier one was live", () => {
    const { session, sockets, heard } = setup();
    const release = session.retainSocket();
    sockets.opened[0]?.open();
    release();
    session.retainSocket();
    expect(heard.reconnects).not.toHaveBeenCalled();

    sockets.opened[1]?.open();

    expect(heard.reconnects).toHaveBeenCalledTimes(1);
  });
});
