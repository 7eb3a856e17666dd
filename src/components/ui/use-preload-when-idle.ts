import { useEffect } from "react";

/** Runs the preloads once the browser is idle after the first render, or after a short timer. */
export function usePreloadWhenIdle(preloads: readonly (() => unknown)[]) {
  useEffect(() => {
    // A failed preload is only a missed head start: first use fetches again and shows its own error.
    const run = () => preloads.forEach((preload) => void Promise.resolve(preload()).catch(() => {}));
    if (typeof window.requestIdleCallback === "function") {
      const id = window.requestIdleCallback(run, { timeout: 5000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(run, 2000);
    return () => window.clearTimeout(id);
  }, [preloads]);
}
