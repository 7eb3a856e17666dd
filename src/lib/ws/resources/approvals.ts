import { approvalQueries } from "@/lib/api/approvals";
import { reduceApprovals, type ApprovalsState } from "@/lib/approvals/reduce-approvals";
import type { LiveResource } from "../live-resource";

/** The approvals inbox: requests, escalations and decisions as they happen. */
export const liveApprovals: LiveResource<ApprovalsState> = {
  queryKey: approvalQueries.all(),
  keyFor: (event) => (event.event.startsWith("APPROVAL_") ? approvalQueries.all() : null),
  reduce: (state, event, receivedAt) => reduceApprovals(state, { type: "event", event, receivedAt }),
  resync: (client) => client.invalidateQueries({ queryKey: approvalQueries.all() }),
};
