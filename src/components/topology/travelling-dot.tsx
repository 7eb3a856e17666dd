"use client";

import { useEffect, useRef } from "react";

/** A call is "new" (worth animating) for this long after it started or finished. */
const FRESH_MS = 5_000;
const DURATION = "1.2s";

type TravellingDotProps = { path: string; color: string; callKey: string; callAt: number };

/**
 * One dot that travels the edge when a new call arrives. Keyed by the call, it plays once through
 * SMIL, which runs in the compositor without React renders; backfilled (old) calls do not play.
 */
export function TravellingDot({ path, color, callKey, callAt }: TravellingDotProps) {
  const motion = useRef<SVGAnimateMotionElement>(null);
  const fade = useRef<SVGAnimateElement>(null);
  useEffect(() => {
    if (Date.now() - callAt > FRESH_MS) return;
    // jsdom has no SMIL; browsers do.
    if (typeof motion.current?.beginElement !== "function") return;
    motion.current.beginElement();
    fade.current?.beginElement();
  }, [callKey, callAt]);
  return (
    <circle r={4} opacity={0} style={{ fill: color }} aria-hidden="true" data-testid="topology-dot">
      <animateMotion ref={motion} dur={DURATION} begin="indefinite" fill="freeze" path={path} />
      <animate
        ref={fade}
        attributeName="opacity"
        values="1;1;0"
        keyTimes="0;0.85;1"
        dur={DURATION}
        begin="indefinite"
        fill="freeze"
      />
    </circle>
  );
}
