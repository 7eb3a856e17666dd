"use client";

import { useEffect, useMemo, type ChangeEvent } from "react";
import { useShallow } from "zustand/react/shallow";
import { formatAgo } from "@/lib/format-time";
import { useTopologyStore } from "@/store/topology";
import { callDensity } from "./call-density";
import { useTopologyCalls } from "./use-topology-calls";
import { useLiveNow } from "./use-topology-view";

/** Replay squeezes the whole window into this long. */
const REPLAY_MS = 30_000;
const BUCKETS = 60;

const clock = (t: number) =>
  new Date(t).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });

/**
 * Time travel: a scrubber over the window (keyboard: arrows step, Page keys jump) showing the network
 * as it was at that moment, play/pause to replay the window at speed, and a way back to live.
 */
export function TopologyTimeline() {
  const { isOn, windowMs, showChats, travelAt, isPlaying } = useTopologyStore(
    useShallow((s) => ({
      isOn: s.isOn,
      windowMs: s.windowMs,
      showChats: s.showChats,
      travelAt: s.travelAt,
      isPlaying: s.isPlaying,
    })),
  );
  const { travelTo, goLive, play, pause } = useTopologyStore(
    useShallow((s) => ({ travelTo: s.travelTo, goLive: s.goLive, play: s.play, pause: s.pause })),
  );
  const { calls } = useTopologyCalls(isOn, windowMs, showChats);
  const liveNow = useLiveNow(calls, isOn && travelAt === null);
  const start = liveNow - windowMs;
  const density = useMemo(() => callDensity(calls, liveNow, windowMs, BUCKETS), [calls, liveNow, windowMs]);
  const peak = Math.max(1, ...density);

  useEffect(() => {
    if (!isPlaying) return;
    const speed = windowMs / REPLAY_MS;
    // Frame timestamps, not performance.now(): the two clocks may have different origins.
    let last: number | null = null;
    let frame = requestAnimationFrame(function step(time) {
      const elapsed = last === null ? 0 : Math.max(0, time - last);
      const at = (useTopologyStore.getState().travelAt ?? start) + elapsed * speed;
      last = time;
      if (at >= liveNow) return goLive();
      travelTo(at);
      frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [isPlaying, windowMs, start, liveNow, travelTo, goLive]);

  if (!isOn) return null;
  const value = travelAt ?? liveNow;
  const isLive = travelAt === null;
  const handleScrub = (e: ChangeEvent<HTMLInputElement>) => {
    const t = Number(e.target.value);
    if (t >= liveNow) goLive();
    else travelTo(t);
  };
  const handlePlay = () => (isPlaying ? pause() : play(isLive ? start : value));

  return (
    <div
      role="group"
      aria-label="Topology timeline"
      className="flex items-center gap-2 rounded-lg border border-border/60 bg-bg p-1.5 text-xs text-fg shadow-sm"
    >
      <button
        type="button"
        onClick={handlePlay}
        aria-label={isPlaying ? "Pause replay" : "Replay the window"}
        className="min-h-8 min-w-8 rounded-md border border-border/60 bg-bg px-2 hover:bg-surface focus-visible:outline-2 focus-visible:outline-focus"
      >
        <span aria-hidden="true">{isPlaying ? "❚❚" : "▶"}</span>
      </button>
      <div className="relative flex w-64 flex-col">
        <svg
          aria-hidden="true"
          viewBox={`0 0 ${BUCKETS} 10`}
          preserveAspectRatio="none"
          className="h-3 w-full text-accent"
        >
          {density.map((n, i) => (
            <rect
              key={i}
              x={i}
              width={0.8}
              y={10 - (n / peak) * 10}
              height={(n / peak) * 10}
              fill="currentColor"
            />
          ))}
        </svg>
        <input
          type="range"
          aria-label="Moment shown"
          min={start}
          max={liveNow}
          step={Math.max(1000, windowMs / 720)}
          value={value}
          onChange={handleScrub}
          aria-valuetext={isLive ? "Live" : `${clock(value)}, ${formatAgo(liveNow - value)}`}
          className="w-full accent-[var(--accent)]"
        />
      </div>
      <span aria-live={isPlaying ? "off" : "polite"} className="w-28 tabular-nums text-muted">
        {isLive ? "Live" : clock(value)}
      </span>
      {isLive ? null : (
        <button
          type="button"
          onClick={goLive}
          className="min-h-8 rounded-md border border-border/60 bg-bg px-2 hover:bg-surface focus-visible:outline-2 focus-visible:outline-focus"
        >
          Back to live
        </button>
      )}
    </div>
  );
}
