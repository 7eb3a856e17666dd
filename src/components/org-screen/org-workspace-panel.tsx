"use client";

import { Suspense } from "react";
import { UnreadBadge } from "@/components/chat/unread-badge";
import { lazyWithPreload } from "@/components/ui/lazy-with-preload";
import { Spinner } from "@/components/ui/spinner";
import { usePanelStore } from "@/store/panel";

// The panel (tabs, section menu, resize) and its tabs' code (chat and its markdown, activity, forms)
// load when a card is first opened, or when the browser is idle: the chart paints without them.
const WorkspacePanel = lazyWithPreload(() =>
  import("@/components/panel/workspace-panel").then((m) => m.WorkspacePanel),
);
const PanelTabBody = lazyWithPreload(() => import("./panel-tab-body").then((m) => m.PanelTabBody));

export const PANEL_PRELOADS = [WorkspacePanel.preload, PanelTabBody.preload];

/** The workspace panel with every feature's tab and badge plugged in, once a workspace is opened. */
export function OrgWorkspacePanel() {
  const isOpen = usePanelStore((s) => s.selectedId !== null);
  if (!isOpen) return null;
  return (
    <Suspense fallback={<Spinner label="Loading the panel" className="m-4 text-muted" />}>
      <WorkspacePanel TabBody={PanelTabBody} NameBadge={UnreadBadge} />
    </Suspense>
  );
}
