"use client";

import type { ReactNode } from "react";
import { GateBackdrop } from "./gate-backdrop";
import { SessionContext } from "./session-context";
import { SignInUnreachable } from "./sign-in-unreachable";
import { useGateMode } from "./use-gate-mode";
import { useSessionCheck } from "./use-session-check";

/**
 * Shows the app only to a verified user on a tenant host (elsewhere at once). Until the session
 * is confirmed, and whenever the check fails, it shows a cover or a retry screen: fail closed.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const mode = useGateMode();
  if (mode === "open") return children;
  if (mode === "pending") return <GateBackdrop label="Loading" />;
  return <SessionGate>{children}</SessionGate>;
}

function SessionGate({ children }: { children: ReactNode }) {
  const { check, retry } = useSessionCheck();
  switch (check.status) {
    case "loading":
      return <GateBackdrop label="Checking sign-in" />;
    case "anonymous":
      return <GateBackdrop label="Redirecting to sign-in" />;
    case "error":
      return <SignInUnreachable onRetry={retry} isRetrying={check.isRetrying} />;
    case "authenticated":
      return <SessionContext value={check.session}>{children}</SessionContext>;
  }
}
