"use client";

import { BundleDropZone } from "@/components/bundles/bundle-drop-zone";
import { StaleNotice } from "@/components/canvas/stale-notice";
import { useAgentMessageUnread } from "@/components/chat/use-agent-message-unread";
import { useGlobalShortcuts } from "@/components/palette/use-global-shortcuts";
import { usePreloadWhenIdle } from "@/components/ui/use-preload-when-idle";
import { TabLiveSession } from "@/lib/ws/tab-live-session";
import { OrgChartWithLayers } from "./org-chart-with-layers";
import { OrgOverlays, OVERLAY_PRELOADS } from "./org-overlays";
import { OrgToolbar } from "./org-toolbar";
import { OrgWorkspacePanel, PANEL_PRELOADS } from "./org-workspace-panel";
import { useLiveWorkspaces } from "./use-live-workspaces";

// Kept out of the first load; fetched once the chart is up so first use does not wait.
const IDLE_PRELOADS = [...PANEL_PRELOADS, ...OVERLAY_PRELOADS];

function OrgScreenContent() {
  usePreloadWhenIdle(IDLE_PRELOADS);
  useLiveWorkspaces();
  useGlobalShortcuts();
  useAgentMessageUnread();
  return (
    <div className="flex h-dvh min-w-0 flex-col overflow-hidden">
      <OrgToolbar />
      <div className="relative flex min-h-0 min-w-0 flex-1 overflow-hidden">
        <main className="relative min-w-0 flex-1" aria-label="Org chart">
          <BundleDropZone>
            <OrgChartWithLayers />
          </BundleDropZone>
          <div className="pointer-events-none absolute inset-x-0 top-3 flex justify-center">
            <StaleNotice />
          </div>
        </main>
        <OrgWorkspacePanel />
      </div>
      <OrgOverlays />
    </div>
  );
}

/** The main screen: the live org chart with the panel, dialogs and notices that act on it. */
export function OrgScreen() {
  return (
    <TabLiveSession>
      <OrgScreenContent />
    </TabLiveSession>
  );
}
