"use client";

import { useEffect, type ReactNode } from "react";
import type { LiveSession } from "./live-session";
import { LiveSessionContext } from "./use-live-session";

/** Provides `session` and runs its binding while mounted. */
export function LiveSessionProvider({ session, children }: { session: LiveSession; children: ReactNode }) {
  useEffect(() => session.start(), [session]);
  return <LiveSessionContext value={session}>{children}</LiveSessionContext>;
}
