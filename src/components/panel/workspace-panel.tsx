"use client";

import { Suspense, useEffect, useId, type ComponentType, type KeyboardEvent } from "react";
import { Spinner } from "@/components/ui/spinner";
import { PanelResizeHandle } from "./panel-resize-handle";
import { Tabs } from "@/components/ui/tabs";
import { useWorkspaceRow } from "@/lib/api/use-workspaces";
import type { WorkspaceRow } from "@/lib/contract";
import { statusLabel } from "@/lib/workspace-status";
import { PANEL_TABS, usePanelStore, type PanelTab } from "@/store/panel";

const TAB_LABELS: Record<PanelTab, string> = {
  details: "Details",
  agent: "Agent card",
  peers: "Peers",
  budget: "Budget",
  chat: "Chat",
  activity: "Activity",
};
const TABS = PANEL_TABS.map((id) => ({ id, label: TAB_LABELS[id] }));

type WorkspacePanelProps = {
  /** The selected tab's content; the composer supplies it so the panel does not import other features. */
  TabBody: ComponentType<{ tab: PanelTab; row: WorkspaceRow }>;
  /** Shown beside the workspace's name (e.g. unread messages). */
  NameBadge: ComponentType<{ workspaceId: string }>;
};

/** Side panel for the workspace named by the panel store; closes itself when that workspace goes away. */
export function WorkspacePanel({ TabBody, NameBadge }: WorkspacePanelProps) {
  const selectedId = usePanelStore((s) => s.selectedId);
  const tab = usePanelStore((s) => s.tab);
  const showTab = usePanelStore((s) => s.showTab);
  const close = usePanelStore((s) => s.close);
  const forget = usePanelStore((s) => s.forget);
  const isExpanded = usePanelStore((s) => s.isExpanded);
  const setExpanded = usePanelStore((s) => s.setExpanded);
  const width = usePanelStore((s) => s.width);
  const row = useWorkspaceRow(selectedId);
  const headingId = useId();
  const panelId = useId();
  const isGone = selectedId !== null && row === undefined;

  useEffect(() => {
    if (isGone && selectedId) forget(selectedId);
  }, [isGone, selectedId, forget]);

  if (!row) return null;

  // Escape steps back: an expanded panel first returns beside the chart, then closes.
  const handleKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    event.preventDefault();
    if (isExpanded) setExpanded(false);
    else close();
  };

  return (
    <aside
      id={panelId}
      aria-labelledby={headingId}
      onKeyDown={handleKeyDown}
      style={isExpanded ? undefined : { width }}
      className={`flex h-full min-w-0 flex-col border-l border-border/40 bg-bg text-fg ${isExpanded ? "absolute inset-0 z-20 w-full" : "relative max-w-full shrink-0"}`}
    >
      {isExpanded ? null : <PanelResizeHandle controls={panelId} />}
      <header className="flex items-start justify-between gap-2 border-b border-border/40 p-4">
        <div className="min-w-0">
          <h2 id={headingId} className="flex min-w-0 items-center gap-2 text-lg font-semibold">
            <span className="min-w-0 truncate" title={row.name}>
              {row.name}
            </span>
            <NameBadge workspaceId={row.id} />
          </h2>
          <p className="truncate text-sm text-muted">
            {statusLabel(row.status)} · T{row.tier} · {row.runtime}
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-1">
          <button
            type="button"
            aria-label="Expand panel over the chart"
            aria-pressed={isExpanded}
            title={isExpanded ? "Back beside the chart (Esc)" : "Expand over the chart"}
            onClick={() => setExpanded(!isExpanded)}
            className="rounded px-2 py-1 text-muted hover:bg-surface hover:text-fg"
          >
            <span aria-hidden="true">{isExpanded ? "⤡" : "⤢"}</span>
          </button>
          <button
            type="button"
            aria-label="Close details panel"
            onClick={close}
            className="rounded px-2 py-1 text-muted hover:bg-surface hover:text-fg"
          >
            ×
          </button>
        </div>
      </header>
      <Tabs label={`${row.name} sections`} tabs={TABS} selected={tab} onSelect={showTab}>
        <Suspense fallback={<Spinner label="Loading…" className="m-4" />}>
          <TabBody tab={tab} row={row} />
        </Suspense>
      </Tabs>
    </aside>
  );
}
