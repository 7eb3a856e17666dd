"use client";

import { useState } from "react";
import { describeError } from "@/lib/api/describe-error";
import { restartWorkspace } from "@/lib/api/workspace-mutations";
import { formatDuration } from "@/lib/format-time";
import { isTakingLonger, provisioningElapsedMs } from "@/lib/graph/provisioning-timeout";
import { useNow } from "@/lib/use-now";
import { useConnectionStore } from "@/store/connection";
import { useToastStore } from "@/store/toasts";
import type { WorkspaceCardView } from "./use-workspace-view";

type ProvisioningStatusProps = { view: WorkspaceCardView };

function currentStepLabel(view: WorkspaceCardView): string | undefined {
  const progress = view.provisioning;
  if (!progress) return undefined;
  const active =
    progress.steps.find((s) => s.state === "active") ?? progress.steps.find((s) => s.id === progress.step);
  return active?.label ?? progress.step;
}

/**
 * Provisioning on the card: the current step and the time since the server started it (so a
 * reload keeps the clock), "taking longer than usual" only past the threshold and only while the
 * socket is live (otherwise we may just be missing the ONLINE event), and Retry only when failed.
 */
export function ProvisioningStatus({ view }: ProvisioningStatusProps) {
  const isProvisioning = view.status === "provisioning";
  const now = useNow(isProvisioning);
  const isLive = useConnectionStore((s) => s.status === "live");
  const [isRetrying, setIsRetrying] = useState(false);

  if (view.status === "failed") {
    const handleRetry = async () => {
      setIsRetrying(true);
      try {
        // The platform answers at once; the new status arrives as events.
        await restartWorkspace(view.id);
      } catch (err) {
        const { title, message } = describeError(err);
        useToastStore
          .getState()
          .show({ kind: "error", title: `Couldn't restart ${view.name}: ${title}`, message });
      } finally {
        setIsRetrying(false);
      }
    };
    return (
      <button
        type="button"
        onClick={() => void handleRetry()}
        aria-busy={isRetrying || undefined}
        className="nodrag mt-1 self-start rounded border border-border px-2 py-0.5 text-xs font-medium hover:bg-surface"
      >
        {isRetrying ? "Retrying…" : "Retry"}
      </button>
    );
  }
  if (!isProvisioning) return null;

  const row = {
    status: view.status,
    runtime: view.runtime,
    provision_timeout_ms: view.provisionTimeoutMs,
    provisioning: view.provisioning,
    updated_at: view.updatedAt,
  };
  const elapsed = provisioningElapsedMs(row, now);
  const isSlow = isLive && isTakingLonger(row, now, view.concurrentProvisioning);
  const step = currentStepLabel(view);
  return (
    <div className="flex flex-col gap-0.5 text-xs">
      <p className="text-muted">
        {step ?? "Starting"}
        {elapsed === undefined ? null : <span className="tabular-nums"> · {formatDuration(elapsed)}</span>}
      </p>
      {isSlow ? (
        <p className="font-medium text-amber-700 dark:text-amber-300">Taking longer than usual</p>
      ) : null}
    </div>
  );
}
