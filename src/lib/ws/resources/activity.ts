import { activityQueries } from "@/lib/api/activity";
import { addLiveEntry, entryFromEvent, type ActivityEntry } from "@/lib/activity/live-activity";
import type { PlatformEvent } from "@/lib/contract";
import type { LiveResource } from "../live-resource";

const ACTIVITY_EVENTS: ReadonlySet<PlatformEvent["event"]> = new Set<PlatformEvent["event"]>([
  "ACTIVITY_LOGGED",
  "DELEGATION_SENT",
  "DELEGATION_COMPLETE",
  "DELEGATION_FAILED",
]);

/** Each workspace's activity log: live rows join every loaded page; resync asks for newer rows. */
export const liveActivity: LiveResource<ActivityEntry[]> = {
  queryKey: activityQueries.all(),
  keyFor: (event) =>
    ACTIVITY_EVENTS.has(event.event) ? activityQueries.workspace(event.workspace_id) : null,
  reduce: (entries, event) => {
    const entry = entryFromEvent(event, event.workspace_id);
    return entry ? addLiveEntry(entries, entry) : entries;
  },
  resync: (client) => client.invalidateQueries({ queryKey: activityQueries.all() }),
};
