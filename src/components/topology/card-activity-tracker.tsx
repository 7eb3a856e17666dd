"use client";

import { useStore } from "@xyflow/react";
import { useEffect } from "react";
import { useTopologyStore } from "@/store/topology";

const cardIdOf = (target: EventTarget | null) =>
  target instanceof Element ? (target.closest<HTMLElement>(".react-flow__node")?.dataset.id ?? null) : null;

/**
 * Tells the overlay which card the pointer is over or focus is in, so that card's edges show their
 * labels. One listener on the chart instead of a handler per card; renders nothing.
 */
export function CardActivityTracker() {
  const domNode = useStore((s) => s.domNode);
  useEffect(() => {
    if (!domNode) return;
    const { activateCard } = useTopologyStore.getState();
    const onEnter = (e: Event) => activateCard(cardIdOf(e.target));
    const onLeave = () => activateCard(null);
    domNode.addEventListener("pointerover", onEnter);
    domNode.addEventListener("focusin", onEnter);
    domNode.addEventListener("pointerleave", onLeave);
    domNode.addEventListener("focusout", onLeave);
    return () => {
      domNode.removeEventListener("pointerover", onEnter);
      domNode.removeEventListener("focusin", onEnter);
      domNode.removeEventListener("pointerleave", onLeave);
      domNode.removeEventListener("focusout", onLeave);
      activateCard(null);
    };
  }, [domNode]);
  return null;
}
