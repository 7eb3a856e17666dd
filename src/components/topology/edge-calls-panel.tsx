"use client";

import { useMemo } from "react";
import type { TopologyCall } from "@/lib/topology/call";
import { callsOnEdge } from "@/lib/topology/calls-on-edge";
import { USER_NODE_ID } from "@/lib/topology/derive-edges";
import { formatDuration } from "@/lib/format-time";
import { PANEL_TABS, usePanelStore } from "@/store/panel";
import { useTopologyStore } from "@/store/topology";
import { useTopologyInputs } from "./use-topology-view";

const KIND_LABELS: Record<TopologyCall["kind"], string> = {
  a2a: "A2A call",
  delegation: "Delegation",
  chat: "Your chat",
};
const OUTCOME_CLASSES: Record<TopologyCall["outcome"], string> = {
  ok: "text-fg",
  pending: "text-muted",
  error: "text-danger font-semibold",
};
// The side panel gains an activity tab with the activity feature; until then the link opens it as is.
const ACTIVITY_TAB = PANEL_TABS.find((tab: string) => tab === "activity");

const time = (t: number) =>
  new Date(t).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });

function CallItem({ call, nameOf }: { call: TopologyCall; nameOf: (id: string) => string }) {
  const openPanel = usePanelStore((s) => s.open);
  return (
    <li className="flex flex-col gap-1 border-b border-border/40 py-2 last:border-b-0">
      <div className="flex flex-wrap items-baseline gap-x-2 text-xs">
        <time dateTime={new Date(call.at).toISOString()} className="tabular-nums font-medium">
          {time(call.at)}
        </time>
        <span>{KIND_LABELS[call.kind]}</span>
        <span className="text-muted">{call.method ?? "—"}</span>
        <span className={OUTCOME_CLASSES[call.outcome]}>{call.status}</span>
        <span className="tabular-nums text-muted">
          {call.durationMs === null ? "" : formatDuration(call.durationMs, "ms")}
        </span>
      </div>
      {call.requestPreview ? (
        <p className="line-clamp-2 whitespace-pre-wrap break-words text-xs">
          <span className="text-muted">Asked: </span>
          {call.requestPreview}
        </p>
      ) : null}
      {call.responsePreview ? (
        <p className="line-clamp-2 whitespace-pre-wrap break-words text-xs">
          <span className="text-muted">{call.outcome === "error" ? "Error: " : "Answered: "}</span>
          {call.responsePreview}
        </p>
      ) : null}
      <button
        type="button"
        onClick={() => openPanel(call.ownerId, ACTIVITY_TAB)}
        className="self-start text-xs text-accent underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-focus"
      >
        Open {nameOf(call.ownerId)}’s activity
      </button>
    </li>
  );
}

/** The recent calls behind the edge the user clicked, newest first, in the overlay's window and moment. */
export function EdgeCallsPanel() {
  const openEdge = useTopologyStore((s) => s.openEdge);
  const closeEdge = useTopologyStore((s) => s.closeEdge);
  const { calls, options, shape } = useTopologyInputs();
  const found = useMemo(
    () => (openEdge ? callsOnEdge(calls, openEdge, options) : []),
    [calls, openEdge, options],
  );
  if (!openEdge) return null;
  const nameOf = (id: string) => (id === USER_NODE_ID ? "You" : (shape.names.get(id) ?? id));
  const title = `${nameOf(openEdge.source)} → ${nameOf(openEdge.target)}`;

  return (
    <section
      aria-label={`Calls ${title}`}
      className="flex max-h-[70vh] w-80 flex-col rounded-lg border border-border/60 bg-bg text-fg shadow-lg"
    >
      <header className="flex items-center justify-between gap-2 border-b border-border/40 px-3 py-2">
        <h2 className="truncate text-sm font-semibold">{title}</h2>
        <button
          type="button"
          onClick={closeEdge}
          aria-label="Close calls"
          className="rounded px-1.5 text-muted hover:text-fg focus-visible:outline-2 focus-visible:outline-focus"
        >
          ✕
        </button>
      </header>
      {found.length === 0 ? (
        <p className="px-3 py-4 text-sm text-muted">No calls on this edge in the window shown.</p>
      ) : (
        <ol aria-label="Recent calls" className="overflow-y-auto px-3">
          {found.map((call) => (
            <CallItem key={call.key} call={call} nameOf={nameOf} />
          ))}
        </ol>
      )}
    </section>
  );
}
