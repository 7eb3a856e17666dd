"use client";

import { Panel } from "@xyflow/react";
import { ApprovalBadge } from "@/components/approvals/approval-badge";
import { OrgChart } from "@/components/canvas/org-chart";
import { UnreadBadge } from "@/components/chat/unread-badge";
import { CardActivityTracker } from "@/components/topology/card-activity-tracker";
import { EdgeCallsPanel } from "@/components/topology/edge-calls-panel";
import { TopologyControls } from "@/components/topology/topology-controls";
import { topologyEdgeTypes } from "@/components/topology/topology-edge-types";
import { TopologyTimeline } from "@/components/topology/topology-timeline";
import { useTopologyEdges } from "@/components/topology/use-topology-edges";
import { OrgLegend } from "./org-legend";

const renderCardBadges = (workspaceId: string) => (
  <>
    <UnreadBadge workspaceId={workspaceId} />
    <ApprovalBadge workspaceId={workspaceId} />
  </>
);

const TOPOLOGY_OVERLAY = (
  <>
    <Panel position="top-left" className="flex flex-col items-start gap-2">
      <TopologyControls />
      <OrgLegend />
      <EdgeCallsPanel />
    </Panel>
    <Panel position="bottom-center">
      <TopologyTimeline />
    </Panel>
    <CardActivityTracker />
  </>
);

/** The org chart with the A2A topology drawn over it and each feature's badges on the cards. */
export function OrgChartWithLayers() {
  const edges = useTopologyEdges();
  return (
    <OrgChart
      edges={edges}
      edgeTypes={topologyEdgeTypes}
      overlay={TOPOLOGY_OVERLAY}
      renderCardBadges={renderCardBadges}
    />
  );
}
