"use client";

import { formatDuration } from "@/lib/format-time";
import { useNow } from "@/lib/use-now";

/** "Working… 12 s · Asked Research for …": shown while a turn waits, ticking once a second. */
export function WorkingLine({ since, note }: { since: string; note: string | null }) {
  const now = useNow(true);
  return (
    <p role="status" aria-live="polite" className="px-1 text-xs text-muted">
      Working… {formatDuration(now - Date.parse(since))}
      {note ? ` · ${note}` : ""}
    </p>
  );
}
