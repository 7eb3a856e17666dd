export type LoopSpec = {
  name: string;
  intervalMs: number;
  tick: () => Promise<void>;
};

export type Supervisor = {
  start(spec: LoopSpec): void;
  /** `{name: {last_tick_at, seconds_ago}}` for `/admin/liveness`; a loop appears after its first tick. */
  liveness(now?: Date): Record<string, { last_tick_at: string; seconds_ago: number }>;
  stop(): void;
};

/** Where a failed tick is reported: the platform logger fits. Declared here because context.ts imports this file. */
type FailureLog = { error(msg: string, err?: unknown): void };

/**
 * Runs background loops under recover-and-restart: a tick that throws is logged and
 * retried with backoff, and never stops the loop or the other loops.
 */
export function createSupervisor(log: FailureLog): Supervisor {
  const lastTick = new Map<string, Date>();
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;

  return {
    start({ name, intervalMs, tick }) {
      let failures = 0;
      const schedule = (delay: number) => {
        if (stopped) return;
        const t = setTimeout(async () => {
          timers.delete(t);
          try {
            await tick();
            failures = 0;
            lastTick.set(name, new Date());
            schedule(intervalMs);
          } catch (err) {
            failures += 1;
            log.error(`loop ${name} failed (attempt ${failures}); restarting`, err);
            schedule(Math.min(intervalMs * 2 ** failures, 60_000));
          }
        }, delay);
        t.unref();
        timers.add(t);
      };
      schedule(intervalMs);
    },
    liveness(now = new Date()) {
      const out: Record<string, { last_tick_at: string; seconds_ago: number }> = {};
      for (const [name, at] of lastTick) {
        out[name] = {
          last_tick_at: at.toISOString(),
          seconds_ago: Math.max(0, Math.floor((now.getTime() - at.getTime()) / 1000)),
        };
      }
      return out;
    },
    stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  };
}
