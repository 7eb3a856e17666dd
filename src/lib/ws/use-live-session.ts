import { createContext, useContext } from "react";
import type { LiveSession } from "./live-session";

/** Provided once by the app's providers (and by the test providers). */
export const LiveSessionContext = createContext<LiveSession | null>(null);

/** The tab's live session: its hub and pending edits. */
export function useLiveSession(): LiveSession {
  const session = useContext(LiveSessionContext);
  if (session === null)
    throw new Error("useLiveSession needs the LiveSessionContext provider (components/providers.tsx)");
  return session;
}
