"use client";

import { useUnreadStore } from "@/store/unread";

/** "2 unread" pill for a workspace's card or panel; renders nothing when all is read. */
export function UnreadBadge({ workspaceId }: { workspaceId: string }) {
  const count = useUnreadStore((s) => s.counts[workspaceId] ?? 0);
  if (count === 0) return null;
  return (
    <span
      aria-label={`${count} unread agent ${count === 1 ? "message" : "messages"}`}
      className="inline-flex min-w-5 items-center justify-center rounded-full bg-accent px-1.5 text-xs font-semibold text-accent-fg"
    >
      {count}
    </span>
  );
}
