import type { LocalEdits } from "@/lib/events/local-edits";
import type { AnyLiveResource } from "./live-resource";
import { liveActivity } from "./resources/activity";
import { liveApprovals } from "./resources/approvals";
import { liveChat } from "./resources/chat";
import { liveTopology } from "./resources/topology";
import { liveWorkspaces } from "./resources/workspaces";

/** Every resource the platform pushes changes to; the live session binds each to the query cache. */
export function liveResources(edits: LocalEdits): readonly AnyLiveResource[] {
  return [liveWorkspaces(edits), liveApprovals, liveChat, liveActivity, liveTopology];
}
