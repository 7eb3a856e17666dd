import type { ChatMessage } from "./reduce-chat";

/** The contract's multi-turn context bound (§4.1). */
export const MAX_CONTEXT_TURNS = 20;

export type ContextTurn = { role: "user" | "agent"; parts: { kind: "text"; text: string }[] };

/** `params.metadata.history`: the last ≤20 finished turns with text, oldest first. */
export function buildContextHistory(
  messages: readonly ChatMessage[],
  max = MAX_CONTEXT_TURNS,
): ContextTurn[] {
  return messages
    .filter((m) => m.state === "done" && m.text.trim() !== "")
    .slice(-max)
    .map((m) => ({ role: m.role, parts: [{ kind: "text", text: m.text }] }));
}
