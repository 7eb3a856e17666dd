"use client";

import { useSyncExternalStore } from "react";
import { isOnAuthPath } from "@/lib/auth";
import { isSaaSTenant } from "@/lib/tenant";

/** `pending` until the browser knows its host; then `open` (no sign-in needed) or `gated`. */
export type GateMode = "pending" | "open" | "gated";

const subscribe = () => () => {}; // The host never changes within a page.
const clientMode = (): GateMode => (isSaaSTenant() && !isOnAuthPath() ? "gated" : "open");
// The server cannot see the browser's host, so it renders the closed backdrop: fail closed.
const serverMode = (): GateMode => "pending";

/** Whether this page needs a verified session, decided only in the browser. */
export function useGateMode(): GateMode {
  return useSyncExternalStore(subscribe, clientMode, serverMode);
}
