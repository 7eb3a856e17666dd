import { workspaceQueries } from "@/lib/api/workspaces";
import type { WorkspaceRow } from "@/lib/contract";
import type { LocalEdits } from "@/lib/events/local-edits";
import { createWorkspaceEventTracker } from "@/lib/events/workspace-event-tracker";
import type { TrackedLiveResource } from "../live-resource";

/**
 * The workspace list. Events go through the ordering tracker (the socket does not promise order),
 * and a save still pending wins over rows the platform sent before it.
 */
export function liveWorkspaces(edits: LocalEdits): TrackedLiveResource<WorkspaceRow[]> {
  const queryKey = workspaceQueries.list().queryKey;
  return {
    queryKey,
    // Every batch, even one with no row events, lets edits whose echo never came stop winning.
    keyFor: () => queryKey,
    resync: (client) => client.invalidateQueries({ queryKey: workspaceQueries.all() }),
    track() {
      const tracker = createWorkspaceEventTracker();
      return {
        apply(rows, events) {
          for (const event of events) if (event.event === "WORKSPACE_UPDATED") edits.confirm(event.payload);
          const applied = tracker.apply(rows, events);
          return applied && edits.overlay(applied);
        },
      };
    },
  };
}
