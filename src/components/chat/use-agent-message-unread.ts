"use client";

import { useEffect } from "react";
import { useLiveSession } from "@/lib/ws/use-live-session";
import { useUnreadStore } from "@/store/unread";

/** Counts unprompted agent messages (`AGENT_MESSAGE`) per workspace; mount once at the root. */
export function useAgentMessageUnread() {
  const { hub } = useLiveSession();
  const received = useUnreadStore((s) => s.received);
  useEffect(
    () =>
      hub.subscribe({
        onEvent(event) {
          if (event.event === "AGENT_MESSAGE") received(event.workspace_id);
        },
      }),
    [hub, received],
  );
}
