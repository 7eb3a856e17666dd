"use client";

import { useEffect } from "react";
import { platformEvents } from "@/lib/ws/event-hub";
import { useUnreadStore } from "@/store/unread";

/** Counts unprompted agent messages (`AGENT_MESSAGE`) per workspace; mount once at the root. */
export function useAgentMessageUnread() {
  const received = useUnreadStore((s) => s.received);
  useEffect(
    () =>
      platformEvents.subscribe({
        onEvent(event) {
          if (event.event === "AGENT_MESSAGE") received(event.workspace_id);
        },
      }),
    [received],
  );
}
