import { describe, expect, it } from "vitest";
import type { ActivityRow } from "@/lib/contract";
import { buildContextHistory } from "./context-history";
import { turnsFromActivity } from "./history";
import { reduceChat, EMPTY_CHAT } from "./reduce-chat";

const row = (over: Partial<ActivityRow>): ActivityRow => ({
  id: "row",
  workspace_id: "w",
  activity_type: "a2a_receive",
  source_id: null,
  target_id: "w",
  method: "message/send",
  summary: null,
  duration_ms: 2000,
  status: "ok",
  error_detail: null,
  created_at: "2026-01-01T00:00:10.000Z",
  ...over,
});

describe("turnsFromActivity", () => {
  it("turns newest-first canvas rows into oldest-first turns keyed by the JSON-RPC id", () => {
    const rows = [
      row({
        id: "b",
        created_at: "2026-01-01T00:01:00.000Z",
        request_body: { id: "req-2", params: { message: { parts: [{ kind: "text", text: "Second" }] } } },
        response_body: { id: "req-2", result: { parts: [{ kind: "text", text: "Answer 2" }] } },
      }),
      row({
        id: "a",
        request_body: { id: "req-1", params: { message: { parts: [{ kind: "text", text: "First" }] } } },
        response_body: { id: "req-1", result: "Answer 1" },
      }),
      row({ id: "agent", source_id: "other" }),
    ];
    const turns = turnsFromActivity(rows);
    expect(turns.map((t) => [t.requestId, t.text, t.at])).toEqual([
      ["req-1", "First", "2026-01-01T00:00:08.000Z"],
      ["req-2", "Second", "2026-01-01T00:00:58.000Z"],
    ]);
    expect(turns[0]!.reply).toEqual({ result: "Answer 1" });
  });

  it("keeps a failed call's error instead of a reply", () => {
    const [turn] = turnsFromActivity([
      row({ status: "error", error_detail: "workspace budget limit exceeded" }),
    ]);
    expect(turn).toMatchObject({ requestId: "row", reply: null, error: "workspace budget limit exceeded" });
  });
});

describe("buildContextHistory", () => {
  it("sends at most the last 20 finished turns with text, oldest first", () => {
    let state = EMPTY_CHAT;
    for (let i = 0; i < 15; i++) {
      state = reduceChat(state, {
        type: "sent",
        requestId: `r${i}`,
        text: `q${i}`,
        at: `2026-01-01T00:00:${String(i).padStart(2, "0")}.000Z`,
      });
      state = reduceChat(state, { type: "replied", requestId: `r${i}`, body: { result: `a${i}` }, at: "x" });
    }
    state = reduceChat(state, {
      type: "sent",
      requestId: "pending",
      text: "open",
      at: "2026-01-01T00:01:00.000Z",
    });
    const history = buildContextHistory(state.messages);
    expect(history).toHaveLength(20);
    expect(history[0]).toEqual({ role: "agent", parts: [{ kind: "text", text: "a5" }] });
    // The unanswered turn's question counts; its empty pending answer does not.
    expect(history.at(-1)).toEqual({ role: "user", parts: [{ kind: "text", text: "open" }] });
  });
});
