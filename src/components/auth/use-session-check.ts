"use client";

import { useCallback, useEffect, useState } from "react";
import { fetchSession, onSessionExpired } from "@/lib/api/session";
import { redirectToLogin } from "@/lib/auth";
import type { Session } from "@/lib/contract/control-plane";

export type SessionCheck =
  | { status: "loading" }
  | { status: "authenticated"; session: Session }
  | { status: "anonymous" }
  | { status: "error"; failures: number; isRetrying: boolean };

const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 30_000;

/** Backoff before the next automatic session check: 2 s, 4 s, 8 s … capped at 30 s. */
export function sessionRetryDelayMs(failures: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1), MAX_RETRY_MS);
}

/**
 * Asks the control plane who is signed in. Anonymous visitors, and sessions the client later
 * reports expired, are sent to sign-in; a failed check is retried with backoff (and on demand)
 * while the app stays locked.
 */
export function useSessionCheck(): { check: SessionCheck; retry: () => void } {
  const [check, setCheck] = useState<SessionCheck>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  const retry = useCallback(() => {
    setCheck((prev) => (prev.status === "error" ? { ...prev, isRetrying: true } : prev));
    setAttempt((n) => n + 1);
  }, []);

  useEffect(() => onSessionExpired(() => redirectToLogin("sign-in")), []);

  useEffect(() => {
    const controller = new AbortController();
    fetchSession({ signal: controller.signal }).then(
      (session) => {
        if (controller.signal.aborted) return;
        if (session) {
          setCheck({ status: "authenticated", session });
        } else {
          setCheck({ status: "anonymous" });
          redirectToLogin("sign-in");
        }
      },
      () => {
        if (controller.signal.aborted) return;
        setCheck((prev) => ({
          status: "error",
          failures: prev.status === "error" ? prev.failures + 1 : 1,
          isRetrying: false,
        }));
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const isWaitingToRetry = check.status === "error" && !check.isRetrying;
  const failures = check.status === "error" ? check.failures : 0;
  useEffect(() => {
    if (!isWaitingToRetry) return;
    const timer = setTimeout(retry, sessionRetryDelayMs(failures));
    return () => clearTimeout(timer);
  }, [isWaitingToRetry, failures, retry]);

  return { check, retry };
}
