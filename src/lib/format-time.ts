/** How finely a duration is shown: whole seconds for clocks, sub-second detail for latencies. */
export type DurationPrecision = "s" | "ms";

/**
 * One spelling of a duration everywhere: "45 s", "3 min 5 s", "12 min", "1 h 2 min". With `"ms"`
 * precision a latency under a minute keeps its detail: "340 ms", "1.2 s".
 */
export function formatDuration(ms: number, precision: DurationPrecision = "s"): string {
  const clamped = Math.max(0, ms);
  if (precision === "ms" && clamped < 1000) return `${Math.round(clamped)} ms`;
  if (precision === "ms" && clamped < 60_000) return `${(clamped / 1000).toFixed(1)} s`;
  // Whole seconds round down, so a running clock never shows a second that has not passed.
  const seconds = Math.floor(clamped / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  // Past ten minutes the seconds are noise.
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

/** "just now", "2 min ago", "3 h ago": how long ago something happened, in the same units. */
export function formatAgo(ms: number): string {
  if (ms < 60_000) return "just now";
  if (ms < 3_600_000) return `${Math.floor(ms / 60_000)} min ago`;
  return `${Math.floor(ms / 3_600_000)} h ago`;
}
