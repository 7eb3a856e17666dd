import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { workspaceQueries } from "@/lib/api/workspaces";
import { patchWorkspaceOptimistic } from "@/lib/api/workspace-mutations";
import { createLocalEdits } from "@/lib/events/local-edits";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { makeEvent, workspaceRowSchema, type PlatformEvent, type WorkspaceRow } from "@/lib/contract";
import { bindLiveResources } from "./bind-live-resources";
import { createEventHub } from "./event-hub";
import type { LiveResource } from "./live-resource";
import { liveResources } from "./registry";

const row = (id: string, status = "online") => workspaceRowSchema.parse({ id, name: id, status });
const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();
const key = workspaceQueries.list().queryKey;

/** A resource of its own: each entry under ["counts", id] counts the events naming that id. */
const counter: LiveResource<number> = {
  queryKey: ["counts"],
  keyFor: (event) => ["counts", event.workspace_id],
  reduce: (count) => count + 1,
  resync: (client) => client.invalidateQueries({ queryKey: ["counts"] }),
};

function setup(initial?: WorkspaceRow[], extra: LiveResource<number>[] = []) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (initial) client.setQueryData(key, initial);
  const frames: (() => void)[] = [];
  const hub = createEventHub();
  const localEdits = createLocalEdits();
  const resources = [...liveResources(localEdits), ...extra];
  const stop = bindLiveResources(client, hub, resources, { schedule: (cb) => frames.push(cb) });
  const nextFrame = () => frames.splice(0).forEach((cb) => cb());
  const rows = () => client.getQueryData(key) ?? [];
  const fake = {
    emit: (event: PlatformEvent) => hub.emitEvent(event),
    /** A later open; the status was live before the drop, so only the reconnect is news. */
    reconnect: () => hub.emitReconnect(),
    /** The first open: status only, as the real socket reports it. */
    open: () => hub.emitStatus("live"),
  };
  return { client, localEdits, fake, stop, nextFrame, rows };
}

describe("bindLiveResources", () => {
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

  it("keeps a card where the newer of two saves put it when the older save's echo arrives late", async () => {
    const { client, localEdits, fake, nextFrame, rows } = setup([row("a")]);
    stubFetch(() => jsonResponse(200, { status: "updated" }));

    await patchWorkspaceOptimistic({ queryClient: client, localEdits }, "a", { x: 100, y: 100 });
    await patchWorkspaceOptimistic({ queryClient: client, localEdits }, "a", { x: 700, y: 300 });
    const echo = (x: number, y: number, s: number) =>
      makeEvent("WORKSPACE_UPDATED", "a", { ...row("a"), x, y, updated_at: at(s) }, at(s));
    fake.emit(echo(100, 100, 1));
    nextFrame();
    expect(rows()[0]).toMatchObject({ x: 700, y: 300 });

    fake.emit(echo(700, 300, 2));
    nextFrame();
    expect(rows()[0]).toMatchObject({ x: 700, y: 300 });
    expect(localEdits.size()).toBe(0);
  });

  it("shows a save at once while an earlier save of the same field still waits for its echo", async () => {
    const { client, localEdits, rows } = setup([row("a")]);
    stubFetch(() => jsonResponse(200, { status: "updated" }));
    const target = { queryClient: client, localEdits };

    await patchWorkspaceOptimistic(target, "a", { collapsed: true });
    const undo = patchWorkspaceOptimistic(target, "a", { collapsed: false });

    expect(rows()[0]?.collapsed).toBe(false);
    await undo;
    expect(rows()[0]?.collapsed).toBe(false);
  });

  it("lets a failed save go: the row shows what the platform has", async () => {
    const { client, localEdits, rows } = setup([row("a")]);
    stubFetch(() => jsonResponse(500, { error: "boom" }));

    await expect(
      patchWorkspaceOptimistic({ queryClient: client, localEdits }, "a", { name: "Renamed" }),
    ).rejects.toThrow();

    expect(rows()[0]?.name).toBe("a");
    expect(localEdits.size()).toBe(0);
  });

  it("refetches once when the socket first opens after the list was read, so nothing sent in between is lost", async () => {
    const { client, fake } = setup([row("a")]);
    const fetches = vi.fn(async () => [row("a"), row("b")]);
    new QueryObserver(client, { queryKey: key, queryFn: fetches, staleTime: Infinity }).subscribe(() => {});

    fake.open();
    await vi.waitFor(() => expect(fetches).toHaveBeenCalledTimes(1));
    fake.open();

    expect(fetches).toHaveBeenCalledTimes(1);
  });

  it("does not refetch on the first open when nothing was read before it", () => {
    const { client, fake } = setup();
    const fetches = vi.fn(async () => [row("a")]);
    new QueryObserver(client, { queryKey: key, queryFn: fetches, enabled: false }).subscribe(() => {});

    fake.open();

    expect(fetches).not.toHaveBeenCalled();
  });

  it("stops touching the cache once released", () => {
    const { fake, stop, nextFrame, rows } = setup([row("a")]);
    fake.emit(makeEvent("WORKSPACE_OFFLINE", "a", {}, at(1)));
    stop();
    nextFrame();

    expect(rows()[0]?.status).toBe("online");
  });

  it("folds a frame's events into every loaded entry under their key, one write per entry", () => {
    const { client, fake, nextFrame } = setup([], [counter]);
    client.setQueryData(["counts", "a", 1], 0);
    client.setQueryData(["counts", "a", 2], 10);
    client.setQueryData(["counts", "b"], 0);
    const writes = vi.fn();
    client.getQueryCache().subscribe((e) => e.type === "updated" && writes(e.query.queryHash));

    fake.emit(makeEvent("WORKSPACE_OFFLINE", "a", {}, at(1)));
    fake.emit(makeEvent("WORKSPACE_ONLINE", "a", {}, at(2)));
    nextFrame();

    expect(
      [
        ["counts", "a", 1],
        ["counts", "a", 2],
        ["counts", "b"],
      ].map((k) => client.getQueryData(k)),
    ).toEqual([2, 12, 0]);
    expect(writes.mock.calls).toEqual([[`["counts","a",1]`], [`["counts","a",2]`]]);
  });

  it("applies an event that arrives during an entry's first fetch to what the fetch returns", async () => {
    const { client, fake, nextFrame } = setup([], [counter]);
    let answer: ((n: number) => void) | undefined;
    const queryFn = () => new Promise<number>((resolve) => (answer = resolve));
    new QueryObserver(client, { queryKey: ["counts", "a"], queryFn }).subscribe(() => {});

    fake.emit(makeEvent("WORKSPACE_OFFLINE", "a", {}, at(1)));
    nextFrame();
    answer?.(5);

    await vi.waitFor(() => expect(client.getQueryData(["counts", "a"])).toBe(6));
  });

  it("leaves an entry that nothing has loaded alone", () => {
    const { client, fake, nextFrame } = setup([], [counter]);
    client.getQueryCache().build(client, { queryKey: ["counts", "a"] });

    fake.emit(makeEvent("WORKSPACE_OFFLINE", "a", {}, at(1)));
    nextFrame();

    expect(client.getQueryData(["counts", "a"])).toBeUndefined();
  });

  it("resyncs every registered resource once after a reconnect", async () => {
    const { client, fake } = setup([row("a")], [counter]);
    const lists = vi.fn(async () => [row("a")]);
    const counts = vi.fn(async () => 0);
    new QueryObserver(client, { queryKey: key, queryFn: lists, staleTime: Infinity }).subscribe(() => {});
    client.setQueryData(["counts", "a"], 0);
    new QueryObserver(client, { queryKey: ["counts", "a"], queryFn: counts, staleTime: Infinity }).subscribe(
      () => {},
    );

    fake.reconnect();

    await vi.waitFor(() => expect(counts).toHaveBeenCalledTimes(1));
    expect(lists).toHaveBeenCalledTimes(1);
  });
});
