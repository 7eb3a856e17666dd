/** Set on every call the proxy forwards: how many platform proxies the call has passed. */
export const HOP_HEADER = "x-molecule-hop";

/** An incoming call that has passed this many proxies is a loop (an agent URL leading back to a proxy). */
export const MAX_A2A_HOPS = 4;

/** The hop count an incoming request carries; absent or unreadable counts as none. */
export function incomingHops(value: string | string[] | undefined): number {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return Math.max(0, ...values.map((v) => (/^\s*\d{1,6}\s*$/.test(v) ? Number(v) : 0)));
}
