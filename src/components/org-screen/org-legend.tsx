"use client";

import { useId } from "react";
import { statusStyle } from "@/components/canvas/status-style";
import { EdgeLegend } from "@/components/topology/edge-legend";
import { useTopologyStore } from "@/store/topology";

const STATUSES = ["online", "provisioning", "degraded", "paused", "hibernated", "offline", "failed"] as const;

/** A small legend for the chart: what each status dot and each edge style means. Remembers if it is open. */
export function OrgLegend() {
  const isOpen = useTopologyStore((s) => s.isLegendOpen);
  const toggleLegend = useTopologyStore((s) => s.toggleLegend);
  const bodyId = useId();
  return (
    <section
      aria-label="Legend"
      className="w-56 rounded-md border border-border bg-bg text-xs text-fg shadow-sm"
    >
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls={bodyId}
        onClick={toggleLegend}
        className="flex w-full items-center justify-between gap-2 rounded-md px-2 py-1 font-medium focus-visible:outline-2 focus-visible:outline-focus"
      >
        Legend
        <span aria-hidden="true">{isOpen ? "▾" : "▸"}</span>
      </button>
      {isOpen ? (
        <div id={bodyId} className="space-y-2 border-t border-border px-2 py-2">
          <div>
            <h3 className="mb-1 font-medium">Status</h3>
            <ul className="space-y-1">
              {STATUSES.map((status) => {
                const { label, dotClass } = statusStyle(status);
                return (
                  <li key={status} className="flex items-center gap-2">
                    <span aria-hidden="true" className={`size-2 shrink-0 rounded-full ${dotClass}`} />
                    {label}
                  </li>
                );
              })}
            </ul>
          </div>
          <EdgeLegend />
        </div>
      ) : null}
    </section>
  );
}
