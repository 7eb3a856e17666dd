import type { PlatformEvent } from "@/lib/contract";

const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A one-line "what is it doing" note for the working state, from the live events about the
 * workspace being chatted with (its task, its activity, the delegations it sends); null otherwise.
 */
export function describeProgress(
  event: PlatformEvent,
  workspaceId: string,
  nameOf: (id: string) => string,
): string | null {
  if (event.workspace_id !== workspaceId) return null;
  switch (event.event) {
    case "TASK_UPDATED":
      return event.payload.current_task ? `Working on: ${clip(event.payload.current_task)}` : null;
    case "ACTIVITY_LOGGED":
      if (event.payload.activity_type === "a2a_receive") return null;
      return event.payload.summary ? clip(event.payload.summary) : null;
    case "DELEGATION_SENT":
      return `Asked ${nameOf(event.payload.target_id)} for ${clip(event.payload.task_preview, 60)}`;
    case "DELEGATION_STATUS":
      return event.payload.status === "queued" ? `${nameOf(event.payload.target_id)} is busy; queued` : null;
    case "DELEGATION_COMPLETE":
      return `${event.payload.target_id ? nameOf(event.payload.target_id) : "A teammate"} answered`;
    case "DELEGATION_FAILED":
      return `${event.payload.target_id ? nameOf(event.payload.target_id) : "A teammate"} failed: ${clip(event.payload.error, 60)}`;
    case "APPROVAL_REQUESTED":
      return `Waiting for approval: ${clip(event.payload.action, 60)}`;
    default:
      return null;
  }
}
