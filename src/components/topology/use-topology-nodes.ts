import { useMemo } from "react";
import { USER_NODE_ID } from "@/lib/topology/derive-edges";
import { useTopologyStore } from "@/store/topology";
import type { TopologyUserFlowNode } from "./topology-user-node";
import { useOrgShape } from "./use-org-shape";

const GAP_PX = 200;
const NONE: TopologyUserFlowNode[] = [];

/** The extra card the overlay needs: "You", left of the org, while the user's chats are shown. */
export function useTopologyNodes(): TopologyUserFlowNode[] {
  const isShown = useTopologyStore((s) => s.isOn && s.showChats);
  const { origin } = useOrgShape();
  return useMemo(
    () =>
      isShown
        ? [
            {
              id: USER_NODE_ID,
              type: "topology-user",
              position: { x: origin.x - GAP_PX, y: origin.y },
              data: {},
              draggable: false,
              selectable: false,
            },
          ]
        : NONE,
    [isShown, origin.x, origin.y],
  );
}
