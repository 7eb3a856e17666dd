import { platformUrl } from "@/lib/api/platform-url";

/**
 * The platform WebSocket URL (contract §3.1): `NEXT_PUBLIC_WS_URL` verbatim; otherwise the
 * platform URL with http→ws plus `/ws`; with a same-origin platform, this page's host.
 */
export function platformWsUrl(
  location: { protocol: string; host: string } | null = globalThis.location ?? null,
): string {
  const override = process.env.NEXT_PUBLIC_WS_URL;
  if (override) return override;
  const base = platformUrl();
  if (base) return `${base.replace(/^http/, "ws")}/ws`;
  if (!location) return "ws://localhost:8080/ws";
  return `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/ws`;
}
