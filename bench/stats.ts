/** Median of the samples (NaN for none). */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Nearest-rank percentile of the samples (NaN for none). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** A target the figure is read against: `max` means lower is better, `min` higher. */
export type Target = { op: "max" | "min"; value: number };

/** One line of the results table. */
export type Figure = {
  section: string;
  metric: string;
  value: number;
  unit: string;
  target?: Target;
  /** How many runs the figure is the median of (1 for a single measurement). */
  runs: number;
  note?: string;
};

export function meets(f: Figure): boolean | null {
  if (!f.target || Number.isNaN(f.value)) return null;
  return f.target.op === "max" ? f.value <= f.target.value : f.value >= f.target.value;
}
