import type { EdgeTypes } from "@xyflow/react";
import { TopologyEdge } from "./topology-edge";

// Module scope: a new object on each render would make React Flow remount every edge.
export const topologyEdgeTypes: EdgeTypes = { topology: TopologyEdge };
