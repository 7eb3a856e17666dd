const BASE_MS = 1000;
const CAP_MS = 30_000;

/** Reconnect delay: `min(1000·2^attempt, 30000)` ms with ±20 % jitter so tabs don't reconnect in lockstep. */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(BASE_MS * 2 ** attempt, CAP_MS);
  return Math.round(base * (0.8 + random() * 0.4));
}
