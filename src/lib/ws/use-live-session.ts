import { createContext, useContext } from "react";
import type { LiveSession } from "./live-session";

/** Provided by `LiveSessionProvider`: the org screen's `TabLiveSession`, or the test providers. */
export const LiveSessionContext = createContext<LiveSession | null>(null);

/** The tab's live session: its hub and pending edits. */
export function useLiveSession(): LiveSession {
  const session = useContext(LiveSessionContext);
  if (session === null)
    throw new Error(
      "useLiveSession needs a LiveSessionProvider (the org screen mounts one: lib/ws/tab-live-session.tsx)",
    );
  return session;
}
