import { create } from "zustand";
import type { SocketStatus } from "@/lib/ws/platform-socket";

type ConnectionState = {
  status: SocketStatus;
  /** When the socket last went from live to not live; null while live or before the first open. */
  lostAt: number | null;
  /** The socket reported a new status. */
  report(status: SocketStatus, now?: number): void;
};

/** The platform socket's status for the pill and the staleness notice; only the binding reports it. */
export const useConnectionStore = create<ConnectionState>()((set) => ({
  status: "connecting",
  lostAt: null,
  report: (status, now = Date.now()) =>
    set((s) => {
      if (s.status === status) return s;
      if (status === "live") return { status, lostAt: null };
      return { status, lostAt: s.status === "live" ? now : s.lostAt };
    }),
}));
