"use client";

import { UnreadBadge } from "@/components/chat/unread-badge";
import { WorkspacePanel } from "@/components/panel/workspace-panel";
import { lazyWithPreload } from "@/components/ui/lazy-with-preload";

/** The tabs' code (chat and its markdown, activity, forms) loads on first use, or when the browser is idle. */
const PanelTabBody = lazyWithPreload(() => import("./panel-tab-body").then((m) => m.PanelTabBody));

export const preloadPanelTabs = PanelTabBody.preload;

/** The workspace panel with every feature's tab and badge plugged in. */
export function OrgWorkspacePanel() {
  return <WorkspacePanel TabBody={PanelTabBody} NameBadge={UnreadBadge} />;
}
