"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { createLiveSession } from "./live-session";
import { LiveSessionProvider } from "./live-session-provider";

/**
 * The tab's live session over the app's query client, made by the screen that shows live data: pages
 * without it (the org list, pricing) load none of the socket, reducers or resources.
 */
export function TabLiveSession({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const [session] = useState(() => createLiveSession(client));
  return <LiveSessionProvider session={session}>{children}</LiveSessionProvider>;
}
