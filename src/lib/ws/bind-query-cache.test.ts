import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { workspaceQueries } from "@/lib/api/queries";
import { makeEvent, workspaceRowSchema, type WorkspaceRow } from "@/lib/contract";
import { bindQueryCache } from "./bind-query-cache";
import type { PlatformSocket, SocketListener, SocketStatus } from "./platform-socket";

function fakeSocket() {
  const listeners = new Set<SocketListener>();
  let status: SocketStatus = "connecting";
  const socket: PlatformSocket = {
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    status: () => status,
    malformedCount: () => 0,
    close: () => {},
  };
  return {
    socket,
    emit: (event: Parameters<NonNullable<SocketListener["onEvent"]>>[0]) =>
      listeners.forEach((l) => l.onEvent?.(event)),
    reconnect: () => {
      status = "live";
      listeners.forEach((l) => l.onReconnect?.());
    },
  };
}

const row = (id: string, status = "online") => workspaceRowSchema.parse({ id, name: id, status });
const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();
const key = workspaceQueries.list().queryKey;

function setup(initial?: WorkspaceRow[]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (initial) client.setQueryData(key, initial);
  const frames: (() => void)[] = [];
  const fake = fakeSocket();
  const stop = bindQueryCache(client, fake.socket, { schedule: (cb) => frames.push(cb) });
  const nextFrame = () => frames.splice(0).forEach((cb) => cb());
  const rows = () => client.getQueryData(key) ?? [];
  return { client, fake, stop, nextFrame, rows };
}

describe("bindQueryCache", () => {
  it("applies a frame's events to the list in one cache write", () => {
    const { client, fake, nextFrame, rows } = setup([row("a"), row("b")]);
    const writes = vi.fn();
    client.getQueryCache().subscribe((e) => e.type === "updated" && writes());

    fake.emit(makeEvent("WORKSPACE_OFFLINE", "a", {}, at(1)));
    fake.emit(makeEvent("WORKSPACE_PAUSED", "b", { name: "b" }, at(2)));
    expect(rows().map((r) => r.status)).toEqual(["online", "online"]);
    nextFrame();

    expect(rows().map((r) => r.status)).toEqual(["offline", "paused"]);
    expect(writes).toHaveBeenCalledTimes(1);
  });

  it("holds events that arrive before the list and applies them once it loads", () => {
    const { client, fake, nextFrame, rows } = setup();
    fake.emit(makeEvent("WORKSPACE_DEGRADED", "a", { error_rate: 0.7, sample_error: "boom" }, at(5)));
    nextFrame();

    client.setQueryData(key, [row("a")]);

    expect(rows()[0]).toMatchObject({ status: "degraded", last_sample_error: "boom" });
  });

  it("refetches once on reconnect and keeps events that arrived during the refetch", async () => {
    const { client, fake, nextFrame, rows } = setup([row("a")]);
    let answer: ((rows: WorkspaceRow[]) => void) | undefined;
    const fetches = vi.fn(() => new Promise<WorkspaceRow[]>((resolve) => (answer = resolve)));
    // A mounted observer, as the canvas has, makes the invalidation refetch.
    new QueryObserver(client, { queryKey: key, queryFn: fetches, staleTime: Infinity }).subscribe(() => {});

    fake.reconnect();
    fake.emit(makeEvent("WORKSPACE_OFFLINE", "a", {}, at(9)));
    nextFrame();
    await vi.waitFor(() => expect(answer).toBeDefined());
    answer?.([row("a"), row("b")]);

    await vi.waitFor(() =>
      expect(rows().map((r) => `${r.id}:${r.status}`)).toEqual(["a:offline", "b:online"]),
    );
    expect(fetches).toHaveBeenCalledTimes(1);
  });

  it("stops touching the cache once released", () => {
    const { fake, stop, nextFrame, rows } = setup([row("a")]);
    fake.emit(makeEvent("WORKSPACE_OFFLINE", "a", {}, at(1)));
    stop();
    nextFrame();

    expect(rows()[0]?.status).toBe("online");
  });
});
