import { useEffect } from "react";
import { useLiveSession } from "@/lib/ws/use-live-session";
import { useConnectionStore } from "@/store/connection";

/** Keeps the tab's one platform socket open, and its status reported, while the screen is shown. */
export function useLiveWorkspaces(): void {
  const session = useLiveSession();
  useEffect(() => {
    const stopReporting = session.hub.subscribe({
      onStatus: (status) => useConnectionStore.getState().report(status),
    });
    const release = session.retainSocket();
    return () => {
      release();
      stopReporting();
    };
  }, [session]);
}
