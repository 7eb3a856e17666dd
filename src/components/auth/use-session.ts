"use client";

import { useContext } from "react";
import { SessionContext } from "./session-context";

/** The signed-in user on a tenant host, or `null` when the app runs without sign-in. */
export function useSession() {
  return useContext(SessionContext);
}
