"use client";

import { useConnectionStore } from "@/store/connection";
import type { SocketStatus } from "@/lib/ws/platform-socket";

const PILLS: Record<SocketStatus, { label: string; dotClass: string }> = {
  live: { label: "Live", dotClass: "bg-emerald-500" },
  connecting: { label: "Connecting", dotClass: "bg-sky-500 motion-safe:animate-pulse" },
  reconnecting: { label: "Reconnecting", dotClass: "bg-amber-500 motion-safe:animate-pulse" },
  offline: { label: "Offline", dotClass: "bg-zinc-400" },
};

/** Whether live updates are flowing: Live, Reconnecting or Offline, in words as well as colour. */
export function ConnectionPill() {
  const status = useConnectionStore((s) => s.status);
  const pill = PILLS[status];
  return (
    <p
      role="status"
      aria-label={`Live updates: ${pill.label}`}
      className="inline-flex items-center gap-1.5 rounded-full border border-border/60 bg-bg px-2.5 py-1 text-xs font-medium"
    >
      <span aria-hidden="true" className={`size-2 rounded-full ${pill.dotClass}`} />
      {pill.label}
    </p>
  );
}
