import type { PlatformEvent, WorkspaceRow } from "@/lib/contract";
import {
  adoptRows,
  bufferEvent,
  reduceWorkspaceState,
  workspaceEventState,
  type WorkspaceEventState,
} from "./reduce-workspaces";

export type WorkspaceEventTracker = {
  /** Applies a batch to the cached rows; `undefined` (list not loaded yet) buffers the batch instead. */
  apply(rows: WorkspaceRow[] | undefined, events: readonly PlatformEvent[]): WorkspaceRow[] | undefined;
  /** How many ids have events waiting for their row; a count that stays up is worth one refetch. */
  pendingCount(): number;
};

/**
 * Keeps the reducer's bookkeeping between query-cache updates while the rows stay in the cache.
 * A rows array that is not the one it last returned (a refetch, an optimistic edit) is adopted as the truth.
 */
export function createWorkspaceEventTracker(): WorkspaceEventTracker {
  let state: WorkspaceEventState = workspaceEventState([]);
  return {
    apply(rows, events) {
      if (rows === undefined) {
        // Before the first list arrives every event waits, so nothing is applied to a partial list.
        for (const event of events) state = bufferEvent(state, event);
        return undefined;
      }
      let next = adoptRows(state, rows);
      for (const event of events) next = reduceWorkspaceState(next, event);
      state = next;
      return next.rows;
    },
    pendingCount: () => state.pending.size,
  };
}
