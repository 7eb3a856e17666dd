import { useEffect } from "react";

/** Runs the preloads once the browser is idle after the first render, or after a short timer. */
export function usePreloadWhenIdle(preloads: readonly (() => unknown)[]) {
  useEffect(() => {
    const run = () => preloads.forEach((preload) => void preload());
    if (typeof window.requestIdleCallback === "function") {
      const id = window.requestIdleCallback(run, { timeout: 5000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(run, 2000);
    return () => window.clearTimeout(id);
  }, [preloads]);
}
