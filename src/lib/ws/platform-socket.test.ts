import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createPlatformSocket, type SocketStatus } from "./platform-socket";

class FakeSocket {
  static all: FakeSocket[] = [];
  onopen: ((ev: unknown) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  open() {
    this.onopen?.({});
  }
  send(data: unknown) {
    this.onmessage?.({ data: typeof data === "string" ? data : JSON.stringify(data) });
  }
  drop() {
    this.onclose?.({});
  }
  close() {
    this.closed = true;
  }
}

const frame = (event: string, payload: Record<string, unknown> = {}) => ({
  event,
  workspace_id: "3f6c1a2e-8b1d-4c55-9a7e-2f0d9b1c4e10",
  timestamp: "2026-04-27T10:15:30.123456Z",
  payload,
});

describe("createPlatformSocket", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.all = [];
  });
  afterEach(() => vi.useRealTimers());

  const start = () => {
    const socket = createPlatformSocket({
      url: "ws://platform.test/ws",
      createSocket: (url) => new FakeSocket(url),
      random: () => 0.5,
    });
    const events: string[] = [];
    const statuses: SocketStatus[] = [];
    const onReconnect = vi.fn();
    socket.subscribe({
      onEvent: (e) => events.push(e.event),
      onStatus: (s) => statuses.push(s),
      onReconnect,
    });
    return { socket, events, statuses, onReconnect };
  };

  it("delivers parsed events and ignores unknown event types", () => {
    const { events } = start();
    const ws = FakeSocket.all[0]!;
    ws.open();
    ws.send(frame("WORKSPACE_OFFLINE"));
    ws.send(frame("CHANNEL_MESSAGE", { channel_id: "c" }));
    ws.send(frame("WORKSPACE_HEARTBEAT", { active_tasks: 1, uptime_seconds: 5 }));
    expect(events).toEqual(["WORKSPACE_OFFLINE", "WORKSPACE_HEARTBEAT"]);
  });

  it("drops and counts malformed frames without throwing", () => {
    const { socket, events } = start();
    const ws = FakeSocket.all[0]!;
    ws.open();
    ws.send("{not json");
    ws.send({
      event: "WORKSPACE_HEARTBEAT",
      workspace_id: "x",
      timestamp: "t",
      payload: { active_tasks: "many" },
    });
    ws.send({ nope: true });
    expect(events).toEqual([]);
    expect(socket.malformedCount()).toBe(3);
  });

  it("reconnects with growing backoff and asks for one resync per reconnect", () => {
    const { statuses, onReconnect } = start();
    FakeSocket.all[0]!.open();
    FakeSocket.all[0]!.drop();
    expect(statuses).toEqual(["live", "reconnecting"]);

    vi.advanceTimersByTime(999);
    expect(FakeSocket.all).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.all).toHaveLength(2);
    FakeSocket.all[1]!.drop(); // failed attempt: next wait doubles
    vi.advanceTimersByTime(1999);
    expect(FakeSocket.all).toHaveLength(2);
    vi.advanceTimersByTime(1);
    FakeSocket.all[2]!.open();

    expect(statuses.at(-1)).toBe("live");
    expect(onReconnect).toHaveBeenCalledTimes(1);
  });

  it("stops reconnecting once closed", () => {
    const { socket } = start();
    FakeSocket.all[0]!.open();
    socket.close();
    FakeSocket.all[0]!.drop();
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.all).toHaveLength(1);
    expect(FakeSocket.all[0]!.closed).toBe(true);
  });
});
