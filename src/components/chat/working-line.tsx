"use client";

import { useEffect, useState } from "react";
import { formatElapsed } from "@/lib/chat/live-progress";

/** "Working… 12 s · Asked Research for …": shown while a turn waits, ticking once a second. */
export function WorkingLine({ since, note }: { since: string; note: string | null }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <p role="status" aria-live="polite" className="px-1 text-xs text-muted">
      Working… {formatElapsed(now - Date.parse(since))}
      {note ? ` · ${note}` : ""}
    </p>
  );
}
