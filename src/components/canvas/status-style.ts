/** How a status reads on a card: a text label (never colour alone) and the dot colour beside it. */
export type StatusStyle = { label: string; dotClass: string };

const STYLES: Readonly<Record<string, StatusStyle>> = {
  online: { label: "Online", dotClass: "bg-emerald-500" },
  provisioning: { label: "Starting", dotClass: "bg-sky-500 motion-safe:animate-pulse" },
  degraded: { label: "Degraded", dotClass: "bg-amber-500" },
  offline: { label: "Offline", dotClass: "bg-zinc-400" },
  failed: { label: "Failed", dotClass: "bg-red-600" },
  paused: { label: "Paused", dotClass: "bg-violet-500" },
  hibernated: { label: "Hibernated", dotClass: "bg-indigo-400" },
  hibernating: { label: "Hibernating", dotClass: "bg-indigo-400" },
  awaiting_agent: { label: "Awaiting agent", dotClass: "bg-sky-300" },
};

/** The style for a status; statuses this canvas does not know fall back to grey with their own name. */
export function statusStyle(status: string): StatusStyle {
  return STYLES[status] ?? { label: status.replace(/_/g, " ") || "Unknown", dotClass: "bg-zinc-400" };
}
