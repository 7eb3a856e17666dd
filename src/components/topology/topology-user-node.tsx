"use client";

import { Handle, Position, type Node, type NodeProps } from "@xyflow/react";
import { memo } from "react";

export type TopologyUserFlowNode = Node<Record<string, never>, "topology-user">;

/** The user as a card, so "show my chats" can draw user → agent edges. */
export const TopologyUserNode = memo(function TopologyUserNode(_props: NodeProps<TopologyUserFlowNode>) {
  return (
    <div
      aria-label="You (chats from this canvas)"
      className="flex w-[120px] items-center justify-center rounded-full border border-accent bg-bg px-3 py-2 text-sm font-semibold text-fg shadow-sm"
    >
      You
      {/* The overlay's edges need handles to exist; they are not for connecting. */}
      <Handle type="source" position={Position.Right} isConnectable={false} className="opacity-0" />
    </div>
  );
});
