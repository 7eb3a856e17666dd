"use client";

import { ActivityTab } from "@/components/activity/activity-tab";
import { ChatTab } from "@/components/chat/chat-tab";
import type { WorkspaceRow } from "@/lib/contract";
import type { PanelTab } from "@/store/panel";
import { AgentCardTab } from "@/components/panel/agent-card-tab";
import { BudgetTab } from "@/components/panel/budget-tab";
import { DetailsTab } from "@/components/panel/details-tab";
import { PeersTab } from "@/components/panel/peers-tab";

/** The selected tab of the workspace panel; keyed by workspace where a tab holds that workspace's draft or stream. */
export function PanelTabBody({ tab, row }: { tab: PanelTab; row: WorkspaceRow }) {
  switch (tab) {
    case "details":
      return <DetailsTab key={row.id} row={row} />;
    case "agent":
      return <AgentCardTab row={row} />;
    case "peers":
      return <PeersTab workspaceId={row.id} />;
    case "budget":
      return <BudgetTab key={row.id} workspaceId={row.id} />;
    case "chat":
      return <ChatTab key={row.id} workspaceId={row.id} />;
    case "activity":
      return <ActivityTab key={row.id} workspaceId={row.id} />;
  }
}
