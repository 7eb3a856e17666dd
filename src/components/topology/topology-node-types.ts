import type { NodeTypes } from "@xyflow/react";
import { TopologyUserNode } from "./topology-user-node";

// Module scope, merged into the canvas's node types once: `{ ...nodeTypes, ...topologyNodeTypes }`.
export const topologyNodeTypes: NodeTypes = { "topology-user": TopologyUserNode };
