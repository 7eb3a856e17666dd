"use client";

import {
  EdgeLabelRenderer,
  useInternalNode,
  useStore,
  type EdgeProps,
  type InternalNode,
} from "@xyflow/react";
import { memo, useState } from "react";
import { USER_NODE_ID } from "@/lib/topology/derive-edges";
import { edgeStrokeWidth, isEdgeLabelVisible, LABEL_ZOOM } from "@/lib/topology/edge-visual";
import { useSelectionStore } from "@/store/selection";
import { formatDuration } from "@/lib/format-time";
import { useTopologyStore } from "@/store/topology";
import { edgeGeometry, type Rect } from "./edge-geometry";
import type { TopologyFlowEdge } from "./to-flow-edges";
import { TravellingDot } from "./travelling-dot";
import { useReducedMotion } from "@/components/ui/use-reduced-motion";

const rectOf = (n: InternalNode): Rect => ({
  x: n.internals.positionAbsolute.x,
  y: n.internals.positionAbsolute.y,
  width: n.measured.width ?? n.width ?? 0,
  height: n.measured.height ?? n.height ?? 0,
});

/** Above every card, including a selected one (React Flow lifts those by 1000). */
const LABEL_Z = 2000;

/**
 * One caller → callee edge of the A2A overlay: arrowhead, thickness by calls, error/forbidden
 * colour, a label that opens the calls panel, p50 latency on hover or focus, and a dot per new call.
 * The label stays out of sight (but in the tab order) until someone looks at the edge or one of its
 * cards, or the chart is zoomed in far enough for every label to fit.
 */
export const TopologyEdge = memo(function TopologyEdge({
  id,
  source,
  target,
  data,
}: EdgeProps<TopologyFlowEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  const inspectEdge = useTopologyStore((s) => s.inspectEdge);
  const isOpen = useTopologyStore((s) => s.openEdge?.id === id);
  const isReducedMotion = useReducedMotion();
  // Booleans, not the zoom or the selection: an edge re-renders only when its own answer flips.
  const isZoomedIn = useStore((s) => s.transform[2] >= LABEL_ZOOM);
  const isEndpointSelected = useSelectionStore(
    (s) => s.selectedIds.includes(source) || s.selectedIds.includes(target),
  );
  const isEndpointActive = useTopologyStore((s) => s.activeCardId === source || s.activeCardId === target);
  const [isHovered, setIsHovered] = useState(false);
  const [isFocused, setIsFocused] = useState(false);
  if (!data || !sourceNode || !targetNode) return null;

  const isChat = data.source === USER_NODE_ID;
  const { path, labelX, labelY } = edgeGeometry(isChat ? "user" : rectOf(sourceNode), rectOf(targetNode));
  const isBad = data.errorCount > 0 || data.forbiddenCount > 0;
  const color = isBad ? "var(--danger)" : "var(--accent)";
  const opacity = data.isDimmed ? 0.15 : data.isHot || isOpen ? 1 : 0.65;
  const markerId = `topology-arrow-${id}`;
  const details = [
    data.p50Ms === null ? null : `p50 ${formatDuration(data.p50Ms, "ms")}`,
    data.errorCount > 0 ? `${data.errorCount} failed` : null,
    data.forbiddenCount > 0 ? `${data.forbiddenCount} not allowed by the hierarchy` : null,
    data.isFolded ? "includes calls inside a collapsed team" : null,
  ].filter((d) => d !== null);
  const handleOpen = () => inspectEdge({ id, source: data.source, target });
  const isLabelVisible = isEdgeLabelVisible({
    isHovered,
    isFocused,
    isSelected: isOpen,
    isEndpointActive: isEndpointSelected || isEndpointActive,
    isZoomedIn,
  });
  const hoverHandlers = {
    onMouseEnter: () => setIsHovered(true),
    onMouseLeave: () => setIsHovered(false),
  };

  return (
    <g
      opacity={opacity}
      data-testid="topology-edge"
      data-edge-id={id}
      data-count={data.count}
      data-label-visible={isLabelVisible}
    >
      <defs>
        <marker
          id={markerId}
          viewBox="0 0 10 10"
          refX={9}
          refY={5}
          markerWidth={12}
          markerHeight={12}
          markerUnits="userSpaceOnUse"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" style={{ fill: color }} />
        </marker>
      </defs>
      <path
        d={path}
        fill="none"
        style={{ stroke: color }}
        strokeWidth={edgeStrokeWidth(data.count) + (isOpen ? 1.5 : 0)}
        strokeDasharray={data.forbiddenCount > 0 ? "6 4" : undefined}
        markerEnd={`url(#${markerId})`}
      />
      <path
        d={path}
        fill="none"
        stroke="transparent"
        strokeWidth={16}
        className="cursor-pointer"
        onClick={handleOpen}
        {...hoverHandlers}
      />
      {isReducedMotion || data.isDimmed ? null : (
        <TravellingDot
          key={data.lastKey}
          path={path}
          color={color}
          callKey={data.lastKey}
          callAt={data.lastAt}
        />
      )}
      <EdgeLabelRenderer>
        <div
          className={`nodrag nopan group absolute motion-safe:transition-opacity ${
            isLabelVisible ? "pointer-events-auto" : "pointer-events-none"
          }`}
          {...hoverHandlers}
          style={{
            transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`,
            // Hidden, the label still takes focus from the keyboard; focused, it shows itself.
            opacity: isLabelVisible ? (data.isDimmed ? 0.3 : 1) : 0,
            // The label layer has no stacking order of its own; without this, team cards cover labels.
            zIndex: LABEL_Z,
          }}
        >
          <button
            type="button"
            onClick={handleOpen}
            onFocus={() => setIsFocused(true)}
            onBlur={() => setIsFocused(false)}
            aria-pressed={isOpen}
            aria-label={`${data.sourceName} to ${data.targetName}: ${data.label}${details.length ? `, ${details.join(", ")}` : ""}. Show calls`}
            title={details.join(" · ") || undefined}
            className={`whitespace-nowrap rounded-full border bg-bg px-2 py-0.5 text-[11px] font-medium shadow-sm focus-visible:outline-2 focus-visible:outline-focus ${
              isBad ? "border-danger text-danger" : "border-accent text-fg"
            }`}
          >
            {data.forbiddenCount > 0 ? <span aria-hidden="true">⚠ </span> : null}
            {data.label}
          </button>
          {details.length > 0 ? (
            <span
              aria-hidden="true"
              className="absolute left-1/2 top-full z-10 mt-1 hidden -translate-x-1/2 whitespace-nowrap rounded bg-fg px-2 py-1 text-[11px] text-bg group-focus-within:block group-hover:block"
            >
              {details.join(" · ")}
            </span>
          ) : null}
        </div>
      </EdgeLabelRenderer>
    </g>
  );
});
