import type { NodeTypes } from "@xyflow/react";
import { WorkspaceNode } from "./workspace-node";

// Module scope: a new object on each render would make React Flow remount every card.
export const nodeTypes: NodeTypes = { workspace: WorkspaceNode };
