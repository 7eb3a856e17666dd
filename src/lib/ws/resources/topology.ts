import { topologyQueries } from "@/lib/api/topology-activity";
import { reduceCallWindow, type CallWindow } from "@/lib/topology/call-window";
import { scopeOf, sightingFromEvent } from "@/lib/topology/observations";
import type { LiveResource } from "../live-resource";

/** The topology overlay's calls: each call event goes to its scope's window. Resync backfills the window again. */
export const liveTopology: LiveResource<CallWindow> = {
  queryKey: topologyQueries.all(),
  keyFor: (event) => {
    const sighting = sightingFromEvent(event);
    return sighting === null ? null : topologyQueries.scope(scopeOf(sighting));
  },
  reduce: reduceCallWindow,
  resync: (client) => client.invalidateQueries({ queryKey: topologyQueries.all() }),
};
