/** Who started a call: an agent calling another (`a2a`), a delegation, or the user's own chat. */
export type CallKind = "a2a" | "delegation" | "chat";

/** Lifecycle reduced to what the overlay colours: still running, answered, or failed. */
export type CallOutcome = "pending" | "ok" | "error";

/** One agent-to-agent (or user-to-agent) call, merged from every row and event that described it. */
export type TopologyCall = {
  /** Stable identity: `d:<delegation id>` for delegations, `r:<row id>` or `e:<event fingerprint>` otherwise. */
  readonly key: string;
  readonly kind: CallKind;
  /** The caller; null means the user on the canvas. */
  readonly sourceId: string | null;
  readonly targetId: string;
  /** When the call started (epoch ms). */
  readonly at: number;
  readonly durationMs: number | null;
  readonly outcome: CallOutcome;
  /** The platform's own status word (`completed`, `timeout`, …), shown in the calls panel. */
  readonly status: string;
  readonly method: string | null;
  readonly requestPreview: string;
  readonly responsePreview: string;
  /** The workspace whose activity log holds the call, for the "open activity" link. */
  readonly ownerId: string;
};

const PREVIEW_CHARS = 280;

/** Maps a platform status word (activity §6.1 and delegation §4.4) onto the overlay's outcome. */
export function outcomeOf(status: string): CallOutcome {
  if (status === "ok" || status === "completed") return "ok";
  if (status === "pending" || status === "dispatched" || status === "queued") return "pending";
  return "error";
}

/** Shortens agent-supplied text for display; the UI renders it as text, never as markup. */
export function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS - 1)}…` : flat;
}
