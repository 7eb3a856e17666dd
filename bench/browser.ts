import { chromium, type Browser, type Page } from "@playwright/test";

/** Headless Debian Chromium with the flags the brief fixes, so runs compare across machines. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * One desktop viewport for every run. `bypassCSP` lets the probes' polling run under the app's strict
 * script policy (Playwright compiles string predicates in the page); it changes nothing the app does.
 */
export const CONTEXT = { viewport: { width: 1440, height: 900 }, bypassCSP: true };

/**
 * Installed before any page script runs (a string: this file is typed for Node, the probe runs in
 * the page). Records when the first card node exists one frame later (≈ painted), long tasks, and
 * rAF timestamps on demand; live-update probes record when a `bench-<n>` text first reaches the DOM.
 */
export const PAGE_PROBE = `(() => {
  const b = (window.__bench = { firstNodeAt: null, longTasks: [], frames: [], sampling: false, seen: {} });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push(e.startTime + e.duration);
    }).observe({ type: "longtask", buffered: true });
  } catch {}
  const first = new MutationObserver(() => {
    if (document.querySelector(".react-flow__node")) {
      first.disconnect();
      requestAnimationFrame(() => (b.firstNodeAt = performance.now()));
    }
  });
  first.observe(document, { childList: true, subtree: true });
  b.startFrames = () => {
    b.frames = [];
    b.sampling = true;
    const tick = (t) => {
      if (!b.sampling) return;
      b.frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  b.stopFrames = () => {
    b.sampling = false;
    return b.frames;
  };
  b.watchText = () => {
    const pattern = /bench-(\\d+)/g;
    const live = new MutationObserver((records) => {
      const at = performance.timeOrigin + performance.now();
      for (const r of records) {
        const text = r.type === "characterData" ? r.target.data : r.target.textContent;
        if (!text || text.length > 2000) continue;
        for (const m of text.matchAll(pattern)) if (!(m[1] in b.seen)) b.seen[m[1]] = at;
      }
    });
    live.observe(document.body, { childList: true, characterData: true, subtree: true });
  };
})();`;

/** Frames per second and dropped frames (gaps past 1.5 frames, counted in whole missed frames). */
export function frameStats(frames: number[]): { fps: number; dropped: number; expected: number } {
  if (frames.length < 2) return { fps: 0, dropped: 0, expected: 0 };
  const span = frames.at(-1)! - frames[0]!;
  let dropped = 0;
  for (let i = 1; i < frames.length; i++) {
    const gap = frames[i]! - frames[i - 1]!;
    if (gap > 25) dropped += Math.round(gap / (1000 / 60)) - 1;
  }
  return { fps: ((frames.length - 1) * 1000) / span, dropped, expected: Math.round(span / (1000 / 60)) };
}

export const startFrames = (page: Page) => page.evaluate("window.__bench.startFrames()");
export const stopFrames = (page: Page) => page.evaluate("window.__bench.stopFrames()") as Promise<number[]>;
