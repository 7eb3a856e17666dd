"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { Button } from "@/components/ui/button";
import { orgQueries, retryProvisioning } from "@/lib/api/orgs";
import type { Org } from "@/lib/contract/control-plane";
import { pageNavigation } from "@/lib/navigation";
import { SUPPORT_MAILTO, tenantOrigin } from "@/lib/org-urls";

// The dialog's code (Radix Dialog) loads when a delete is first asked for, not with the list.
const DeleteOrgDialog = lazy(() =>
  import("./delete-org-dialog").then((m) => ({ default: m.DeleteOrgDialog })),
);

const STATUS_TEXT: Record<string, string> = {
  running: "Running",
  provisioning: "Provisioning",
  failed: "Failed",
  awaiting_payment: "Awaiting payment",
};

const linkClass = "inline-flex min-h-10 items-center rounded-md px-4 text-sm font-medium";

function OrgAction({ org }: { org: Org }) {
  const queryClient = useQueryClient();
  const retry = useMutation({
    mutationFn: () => retryProvisioning(org.slug),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: orgQueries.all() });
      pageNavigation.assign(`/orgs/${org.slug}/provisioning`);
    },
  });
  switch (org.status) {
    case "running":
      return (
        <a
          href={tenantOrigin(org.slug)}
          aria-label={`Open ${org.name}`}
          className={`${linkClass} bg-accent text-accent-fg`}
        >
          Open
        </a>
      );
    case "provisioning":
      return (
        <a
          href={`/orgs/${org.slug}/provisioning`}
          aria-label={`View progress of ${org.name}`}
          className={`${linkClass} border border-border`}
        >
          View progress
        </a>
      );
    case "awaiting_payment":
      return (
        <a href={`/pricing?org=${org.slug}`} className={`${linkClass} border border-border`}>
          Complete payment
        </a>
      );
    case "failed":
      return (
        <span className="flex gap-2">
          <Button onClick={() => retry.mutate()} isBusy={retry.isPending} aria-label={`Retry ${org.name}`}>
            Retry
          </Button>
          <a href={SUPPORT_MAILTO} className={`${linkClass} border border-border`}>
            Contact support
          </a>
        </span>
      );
    default:
      return <span className="text-sm text-muted">{org.status}…</span>;
  }
}

/** The user's orgs with status, plan, the action each status allows, and Delete. */
export function OrgList({ orgs }: { orgs: Org[] }) {
  const [deleting, setDeleting] = useState<string | null>(null);
  if (orgs.length === 0) return <p className="text-sm text-muted">You have no orgs yet. Create one below.</p>;
  return (
    <>
      <ul
        aria-label="Your orgs"
        className="flex flex-col divide-y divide-border rounded-lg border border-border"
      >
        {orgs.map((org) => (
          <li key={org.id} aria-label={org.name} className="flex flex-wrap items-center gap-3 p-4">
            <div className="mr-auto flex flex-col">
              <span className="font-medium">{org.name}</span>
              <span className="text-sm text-muted">
                {org.slug} · {org.plan || "free"} plan ·{" "}
                <span data-testid="org-status">{STATUS_TEXT[org.status] ?? `${org.status}…`}</span>
                {org.status === "failed" && typeof org.error === "string" ? ` — ${org.error}` : ""}
              </span>
            </div>
            <OrgAction org={org} />
            <Button
              variant="secondary"
              onClick={() => setDeleting(org.slug)}
              aria-label={`Delete ${org.name}`}
            >
              Delete
            </Button>
          </li>
        ))}
      </ul>
      {deleting ? (
        <Suspense fallback={null}>
          <DeleteOrgDialog slug={deleting} onClose={() => setDeleting(null)} />
        </Suspense>
      ) : null}
    </>
  );
}
