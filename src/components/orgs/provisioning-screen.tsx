"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { Spinner } from "@/components/ui/spinner";
import { orgQueries, retryProvisioning } from "@/lib/api/orgs";
import { formatDuration } from "@/lib/format-time";
import { SUPPORT_MAILTO, tenantOrigin } from "@/lib/org-urls";
import { completedShare, elapsedSeconds, etaText, isTakingLong } from "@/lib/provisioning-progress";
import { useNow } from "@/lib/use-now";
import { SignedInPage } from "./signed-in-page";
import { StageList } from "./stage-list";
import { useProvisionStatus } from "./use-provision-status";

const TENANT_PROBE_MS = 2_000;

function ProvisioningView({ slug }: { slug: string }) {
  const [generation, setGeneration] = useState(0);
  const [firstSeen] = useState(() => Date.now());
  const status = useProvisionStatus(slug, generation);
  const data = status.data;
  const isMoving = data?.status === "provisioning";
  const now = useNow(isMoving);
  const retry = useMutation({
    mutationFn: () => retryProvisioning(slug),
    onSuccess: async () => {
      await status.refetch();
      setGeneration((g) => g + 1);
    },
  });
  // §6.5: "Open" only once the tenant really answers, since it can lag behind `running`.
  const reachable = useQuery({
    ...orgQueries.tenantProbe(slug),
    enabled: data?.status === "running",
    refetchInterval: (q) => (q.state.data ? false : TENANT_PROBE_MS),
  });

  if (status.isPending) return <Spinner label="Loading provisioning status" />;
  if (status.isError)
    return (
      <ErrorState error={status.error} onRetry={() => void status.refetch()} isRetrying={status.isFetching} />
    );

  const st = status.data;
  const elapsed = isMoving
    ? elapsedSeconds(st, now, firstSeen)
    : (st.elapsed_s ?? elapsedSeconds(st, now, firstSeen));
  const share = completedShare(st);
  const stages = st.stages ?? [];
  const doneCount = stages.filter((s) => s.state === "done").length;

  return (
    <section aria-labelledby="provisioning-title" className="flex flex-col gap-4">
      <h2 id="provisioning-title" className="text-lg font-semibold">
        {st.status === "running"
          ? `${slug} is ready`
          : st.status === "failed"
            ? `${slug} could not be set up`
            : `Setting up ${slug}`}
      </h2>
      {share !== null ? (
        <div
          role="progressbar"
          aria-label="Provisioning progress"
          aria-valuemin={0}
          aria-valuemax={stages.length}
          aria-valuenow={st.status === "running" ? stages.length : doneCount}
          aria-valuetext={`${st.status === "running" ? stages.length : doneCount} of ${stages.length} stages done`}
          className="h-2 overflow-hidden rounded-full bg-surface"
        >
          <div className="h-full bg-accent transition-[width]" style={{ width: `${share * 100}%` }} />
        </div>
      ) : null}
      <p className="text-sm" aria-live="polite">
        Status: <span data-testid="provision-status">{st.status}</span>
        {st.stage && isMoving ? ` · ${stages.find((s) => s.id === st.stage)?.label ?? st.stage}` : ""}
      </p>
      <p className="text-sm text-muted">
        Elapsed <span data-testid="provision-elapsed">{formatDuration(elapsed * 1000)}</span>
        {isMoving ? ` · ${etaText(st)}` : ""}
      </p>
      {isTakingLong(st, elapsed) ? (
        <p role="status" className="text-sm font-medium">
          This is taking longer than usual. We keep checking; you can leave this page and come back.
        </p>
      ) : null}
      {stages.length > 0 ? <StageList stages={stages} now={now} /> : null}
      {st.status === "failed" ? (
        <div role="alert" className="flex flex-col gap-2">
          <p className="text-sm text-danger">{st.error ?? "Provisioning failed."}</p>
          <span className="flex gap-2">
            <Button onClick={() => retry.mutate()} isBusy={retry.isPending}>
              Retry
            </Button>
            <a
              href={SUPPORT_MAILTO}
              className="inline-flex min-h-10 items-center rounded-md border border-border px-4 text-sm"
            >
              Contact support
            </a>
          </span>
        </div>
      ) : null}
      {st.status === "running" ? (
        reachable.data ? (
          <a
            href={st.url ?? tenantOrigin(slug)}
            className="inline-flex min-h-10 w-fit items-center rounded-md bg-accent px-4 text-sm font-medium text-accent-fg"
          >
            Open {slug}
          </a>
        ) : (
          <Spinner label={`Waiting for ${slug} to answer`} />
        )
      ) : null}
      <a href="/orgs" className="text-sm underline">
        Back to your orgs
      </a>
    </section>
  );
}

/** `/orgs/[slug]/provisioning`: honest progress of a new tenant (control-plane §6.5). */
export function ProvisioningScreen({ slug }: { slug: string }) {
  return <SignedInPage title="Provisioning">{() => <ProvisioningView slug={slug} />}</SignedInPage>;
}
