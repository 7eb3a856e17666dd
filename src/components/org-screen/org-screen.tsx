"use client";

import { OrgChart } from "@/components/canvas/org-chart";
import { StaleNotice } from "@/components/canvas/stale-notice";
import { DeleteDialog } from "@/components/delete/delete-dialog";
import { WorkspacePanel } from "@/components/panel/workspace-panel";
import { Toaster } from "@/components/ui/toaster";
import { OrgToolbar } from "./org-toolbar";
import { useLiveWorkspaces } from "./use-live-workspaces";

/** The main screen: the live org chart with the panel, dialogs and notices that act on it. */
export function OrgScreen() {
  useLiveWorkspaces();
  return (
    <div className="flex h-dvh flex-col">
      <OrgToolbar />
      <div className="relative flex min-h-0 flex-1">
        <main className="relative min-w-0 flex-1" aria-label="Org chart">
          <OrgChart />
          <div className="pointer-events-none absolute inset-x-0 top-3 flex justify-center">
            <StaleNotice />
          </div>
        </main>
        <WorkspacePanel />
      </div>
      <DeleteDialog />
      <Toaster />
    </div>
  );
}
