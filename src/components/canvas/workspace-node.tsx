"use client";

import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo, use } from "react";
import type { WorkspaceFlowNode } from "@/lib/graph/to-flow-nodes";
import { useIsDimmedByTopology } from "@/store/topology";
import { CardBadgesContext } from "./card-badges";
import { CollapseToggle } from "./collapse-toggle";
import { ProvisioningStatus } from "./provisioning-status";
import { statusStyle } from "./status-style";
import { useWorkspaceView, type WorkspaceCardView } from "./use-workspace-view";

const MAX_SKILLS = 4;

function Meta({ view }: { view: WorkspaceCardView }) {
  const style = statusStyle(view.status);
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
      <span className="inline-flex items-center gap-1 font-medium" data-testid="workspace-status">
        <span aria-hidden="true" className={`size-2 rounded-full ${style.dotClass}`} />
        {style.label}
      </span>
      <span className="rounded bg-surface px-1.5 py-0.5 text-muted">{view.runtime}</span>
      <span className="rounded bg-surface px-1.5 py-0.5 text-muted" title={`Tier ${view.tier}`}>
        T{view.tier}
      </span>
      {view.activeTasks > 0 ? (
        <span className="text-muted">
          {view.activeTasks}/{view.maxTasks} {view.activeTasks === 1 ? "task" : "tasks"}
        </span>
      ) : null}
    </div>
  );
}

function Details({ view }: { view: WorkspaceCardView }) {
  const shown = view.skills.slice(0, MAX_SKILLS);
  const more = view.skills.length - shown.length;
  return (
    <>
      {shown.length > 0 ? (
        <ul aria-label="Skills" className="flex flex-wrap gap-1 text-xs">
          {shown.map((skill) => (
            <li key={skill} className="max-w-full truncate rounded-full border border-border/50 px-2 py-0.5">
              {skill}
            </li>
          ))}
          {more > 0 ? <li className="px-1 py-0.5 text-muted">+{more}</li> : null}
        </ul>
      ) : null}
      {view.currentTask !== "" ? (
        <p className="line-clamp-2 rounded bg-amber-50 px-2 py-1 text-xs text-amber-950 dark:bg-amber-950 dark:text-amber-100">
          <span className="sr-only">Current task: </span>
          {view.currentTask}
        </p>
      ) : null}
      {view.sampleError !== "" ? (
        <p className="line-clamp-2 text-xs text-danger">
          <span className="sr-only">Last error: </span>
          {view.sampleError}
        </p>
      ) : null}
    </>
  );
}

/**
 * One workspace card. It subscribes to its own row by id, so a status event for another
 * workspace never re-renders it; agent-supplied text is rendered as text, never as HTML.
 */
export const WorkspaceNode = memo(function WorkspaceNode({
  data,
  selected,
  width,
  height,
}: NodeProps<WorkspaceFlowNode>) {
  const view = useWorkspaceView(data.workspaceId);
  const isDimmed = useIsDimmedByTopology(data.workspaceId);
  const renderBadges = use(CardBadgesContext);
  if (!view) return null;
  const isTeam = view.childCount > 0 && !view.collapsed;
  const ring = selected ? "ring-2 ring-accent" : "";
  return (
    <article
      aria-label={`${view.name}, ${statusStyle(view.status).label}`}
      data-workspace-card={view.id}
      style={isTeam ? { width, height } : undefined}
      className={`flex flex-col gap-1.5 rounded-lg border border-border/60 bg-bg p-3 text-fg shadow-sm ${ring} ${
        isTeam ? "bg-surface/60" : "w-[260px]"
      } ${isDimmed ? "opacity-30" : ""}`}
    >
      <header className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <div className="flex items-center gap-1.5">
            <h3 className="truncate text-sm font-semibold">{view.name}</h3>
            {renderBadges?.(view.id)}
          </div>
          {view.role ? (
            <p className={`text-sm text-muted ${isTeam ? "truncate" : "line-clamp-2"}`}>{view.role}</p>
          ) : null}
        </div>
        {view.childCount > 0 ? (
          <CollapseToggle id={view.id} name={view.name} collapsed={view.collapsed} count={view.childCount} />
        ) : null}
      </header>
      <Meta view={view} />
      {isTeam ? null : <Details view={view} />}
      <ProvisioningStatus view={view} />
      {/* Anchors React Flow needs before it draws the A2A overlay's edges; not for connecting. */}
      <Handle type="target" position={Position.Top} isConnectable={false} className="!opacity-0" />
      <Handle type="source" position={Position.Bottom} isConnectable={false} className="!opacity-0" />
    </article>
  );
});
