import { QueryClient } from "@tanstack/react-query";
import { ReactFlowProvider, type NodeProps } from "@xyflow/react";
import { render } from "@testing-library/react";
import { Profiler, type ReactNode } from "react";
import { workspaceQueries } from "@/lib/api/workspaces";
import { workspaceRowSchema, type WorkspaceRow } from "@/lib/contract";
import type { WorkspaceFlowNode } from "@/lib/graph/to-flow-nodes";
import { WorkspaceNode } from "@/components/canvas/workspace-node";
import { TestProviders } from "./render-with-client";

/** A workspace row with the defaults the platform fills in. */
export const testRow = (fields: Partial<WorkspaceRow> & { id: string }): WorkspaceRow =>
  workspaceRowSchema.parse({ name: fields.id, status: "online", ...fields });

/** The props React Flow passes a node, for rendering a card on its own. */
export function nodeProps(id: string): NodeProps<WorkspaceFlowNode> {
  return {
    id,
    type: "workspace",
    data: { workspaceId: id },
    selected: false,
    selectable: true,
    draggable: true,
    deletable: false,
    dragging: false,
    isConnectable: false,
    zIndex: 0,
    positionAbsoluteX: 0,
    positionAbsoluteY: 0,
  };
}

/** Cards for `rows` over a real query cache and live session, each wrapped in a Profiler that counts its renders. */
export function renderCards(rows: WorkspaceRow[], wrap: (children: ReactNode) => ReactNode = (c) => c) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(workspaceQueries.list().queryKey, rows);
  const renders = new Map<string, number>();
  const count = (id: string) => renders.set(id, (renders.get(id) ?? 0) + 1);
  const view = render(
    <TestProviders client={client}>
      {/* Cards carry React Flow handles, which need the flow's store. */}
      <ReactFlowProvider>
        {wrap(
          rows.map((row) => (
            <Profiler key={row.id} id={row.id} onRender={() => count(row.id)}>
              <WorkspaceNode {...nodeProps(row.id)} />
            </Profiler>
          )),
        )}
      </ReactFlowProvider>
    </TestProviders>,
  );
  return { client, renders, ...view };
}
