import { setMaxListeners } from "node:events";
import type { Ctx } from "../context";

type Background = { controller: AbortController; tasks: Set<Promise<unknown>> };
const registry = new WeakMap<Ctx, Background>();

function of(ctx: Ctx): Background {
  let bg = registry.get(ctx);
  if (!bg) {
    bg = { controller: new AbortController(), tasks: new Set() };
    // Every running task waits on this one signal (an org import runs dozens at once): not a leak.
    setMaxListeners(0, bg.controller.signal);
    registry.set(ctx, bg);
  }
  return bg;
}

/** Aborted when the platform shuts down, so no background work starts agents after stopAll(). */
export const shutdownSignal = (ctx: Ctx): AbortSignal => of(ctx).controller.signal;

/** Runs work after the reply; failures are logged, and shutdown waits for it. */
export function runInBackground(ctx: Ctx, label: string, work: (signal: AbortSignal) => Promise<void>): void {
  const bg = of(ctx);
  if (bg.controller.signal.aborted) return;
  const task = work(bg.controller.signal)
    .catch((err) => ctx.log.warn(`${label} failed`, err))
    .finally(() => bg.tasks.delete(task));
  bg.tasks.add(task);
}

/** Stops background work: aborts it and waits for what is running to notice. */
export async function stopBackground(ctx: Ctx): Promise<void> {
  const bg = of(ctx);
  bg.controller.abort();
  await Promise.allSettled([...bg.tasks]);
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done);
  });
}
