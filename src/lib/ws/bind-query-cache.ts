import { hashKey, type QueryClient } from "@tanstack/react-query";
import { workspaceQueries } from "@/lib/api/queries";
import type { PlatformEvent, WorkspaceRow } from "@/lib/contract";
import { createFrameBatcher } from "@/lib/events/batch";
import { localEditsFor } from "@/lib/events/local-edits";
import { createWorkspaceEventTracker } from "@/lib/events/workspace-event-tracker";
import { platformEvents } from "./event-hub";
import { createPlatformSocket, type PlatformSocket, type SocketStatus } from "./platform-socket";
import { platformWsUrl } from "./ws-url";

export type CacheBindingOptions = {
  onStatus?(status: SocketStatus): void;
  /** Frame scheduler for the batcher; tests pass a synchronous one. */
  schedule?: (callback: () => void) => unknown;
};

/**
 * The only place socket events touch the query cache: each animation frame's events go through
 * the tracker into the workspace list, and a reconnect resyncs with one refetch. Events seen while
 * that refetch runs are replayed on its result, so nothing that happened meanwhile is lost.
 */
export function bindQueryCache(
  queryClient: QueryClient,
  socket: PlatformSocket,
  options: CacheBindingOptions = {},
): () => void {
  const listKey = workspaceQueries.list().queryKey;
  const listHash = hashKey(listKey);
  const tracker = createWorkspaceEventTracker();
  let written: WorkspaceRow[] | undefined;
  let resyncLog: PlatformEvent[] | null = null;

  const edits = localEditsFor(queryClient);

  const write = (events: readonly PlatformEvent[]) => {
    const rows = queryClient.getQueryData(listKey);
    for (const event of events) if (event.event === "WORKSPACE_UPDATED") edits.confirm(event.payload);
    const applied = tracker.apply(rows, events);
    // A save still pending wins over rows the platform sent before it.
    const next = applied && edits.overlay(applied);
    written = next ?? rows;
    if (next !== undefined && next !== rows) queryClient.setQueryData(listKey, next);
  };

  const batcher = createFrameBatcher<PlatformEvent>((events) => {
    resyncLog?.push(...events);
    write(events);
  }, options.schedule);

  // A list this binding did not write (first load, refetch, optimistic edit) may release buffered events.
  const stopWatchingCache = queryClient.getQueryCache().subscribe((change) => {
    if (change.type !== "updated" || change.query.queryHash !== listHash) return;
    const rows = change.query.state.data as WorkspaceRow[] | undefined;
    if (rows !== undefined && rows !== written) write([]);
  });

  const resync = async () => {
    batcher.flush();
    const log: PlatformEvent[] = [];
    resyncLog = log;
    try {
      await queryClient.invalidateQueries({ queryKey: workspaceQueries.all() });
    } finally {
      if (resyncLog === log) resyncLog = null;
      if (log.length > 0) write(log);
    }
  };

  let hasBeenLive = socket.status() === "live";
  const unsubscribe = socket.subscribe({
    onEvent: (event) => batcher.push(event),
    onStatus: (status) => {
      options.onStatus?.(status);
      if (status !== "live" || hasBeenLive) return;
      hasBeenLive = true;
      // A list read before the socket first opened may have missed events sent in between.
      const list = queryClient.getQueryState(listKey);
      if (list && (list.data !== undefined || list.fetchStatus === "fetching")) void resync();
    },
    onReconnect: () => void resync(),
  });
  options.onStatus?.(socket.status());

  return () => {
    unsubscribe();
    stopWatchingCache();
    batcher.dispose();
  };
}

type LiveConnection = { client: QueryClient; users: number; stop(): void };
let live: LiveConnection | null = null;

/**
 * Opens the tab's one platform socket bound to `queryClient`, or joins the one already open.
 * Returns a release; the socket closes when its last user releases it.
 */
export function connectLiveWorkspaces(
  queryClient: QueryClient,
  onStatus: (status: SocketStatus) => void,
): () => void {
  if (live === null || live.client !== queryClient) {
    live?.stop();
    const socket = createPlatformSocket({ url: platformWsUrl() });
    const unbind = bindQueryCache(queryClient, socket, { onStatus });
    // Other features (topology, chat) listen through the hub instead of opening a second socket.
    const unfeed = socket.subscribe({
      onEvent: (event) => platformEvents.emitEvent(event),
      onStatus: (status) => platformEvents.emitStatus(status),
      onReconnect: () => platformEvents.emitReconnect(),
    });
    live = {
      client: queryClient,
      users: 0,
      stop: () => {
        unfeed();
        unbind();
        socket.close();
      },
    };
  }
  const connection = live;
  connection.users += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    connection.users -= 1;
    if (connection.users > 0 || live !== connection) return;
    connection.stop();
    live = null;
  };
}
