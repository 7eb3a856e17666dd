import { useEffect, useState } from "react";

/** The current time, refreshed every `intervalMs` while `isTicking`; frozen otherwise. */
export function useNow(isTicking: boolean, intervalMs = 1_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!isTicking) return;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [isTicking, intervalMs]);
  return now;
}
