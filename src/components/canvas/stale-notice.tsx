"use client";

import { useConnectionStore } from "@/store/connection";

const timeFormat = new Intl.DateTimeFormat(undefined, {
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** While the socket is down, says how old the picture is instead of letting it go stale silently. */
export function StaleNotice() {
  const status = useConnectionStore((s) => s.status);
  const lostAt = useConnectionStore((s) => s.lostAt);
  if (status === "live" || lostAt === null) return null;
  return (
    <p
      role="status"
      className="rounded-md border border-amber-600/60 bg-amber-50 px-3 py-1.5 text-sm text-amber-950 shadow-sm dark:bg-amber-950 dark:text-amber-100"
    >
      Showing data from {timeFormat.format(lostAt)}, {status === "offline" ? "offline" : "reconnecting…"}
    </p>
  );
}
