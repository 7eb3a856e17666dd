import type { PlatformEvent } from "@/lib/contract";
import { chatActionFromEvent } from "./live-chat";
import { EMPTY_CHAT, reduceChat, type ChatState } from "./reduce-chat";

const event = (name: string, payload: unknown): PlatformEvent =>
  ({ event: name, workspace_id: "w1", timestamp: "2026-01-01T00:00:05.000Z", payload }) as PlatformEvent;
const apply = (state: ChatState, e: PlatformEvent) => {
  const action = chatActionFromEvent(e);
  return action ? reduceChat(state, action) : state;
};

describe("chatActionFromEvent", () => {
  it("adds an unprompted agent message once however often it is applied", () => {
    const message = event("AGENT_MESSAGE", { message: "Report is ready" });
    const once = apply(EMPTY_CHAT, message);
    expect(apply(once, message)).toBe(once);
    expect(once.messages.map((m) => m.text)).toEqual(["Report is ready"]);
  });

  it("answers the turn a reply names, and ignores a reply without a JSON-RPC id", () => {
    const sent = reduceChat(EMPTY_CHAT, {
      type: "sent",
      requestId: "q1",
      text: "Hi",
      at: "2026-01-01T00:00:01.000Z",
    });
    const reply = (id?: string) =>
      event("A2A_RESPONSE", {
        response_body: { jsonrpc: "2.0", id, result: "Hello" },
        method: "message/send",
      });

    expect(apply(sent, reply())).toBe(sent);
    expect(apply(sent, reply("q1")).messages.map((m) => [m.text, m.state])).toEqual([
      ["Hi", "done"],
      ["Hello", "done"],
    ]);
  });

  it("turns an error answer into a failed reply and ignores a body that is not a JSON-RPC answer", () => {
    const sent = reduceChat(EMPTY_CHAT, {
      type: "sent",
      requestId: "q1",
      text: "Hi",
      at: "2026-01-01T00:00:01.000Z",
    });
    const reply = (body: unknown) => event("A2A_RESPONSE", { response_body: body, method: "message/send" });

    expect(
      chatActionFromEvent(reply({ jsonrpc: "2.0", id: 7, error: { code: -1, message: "Down" } })),
    ).toEqual({
      type: "replied",
      requestId: "7",
      body: { error: { message: "Down" } },
      at: "2026-01-01T00:00:05.000Z",
    });
    for (const body of [null, "q1", ["q1"], { id: true, result: "x" }, { id: "q1", error: "Down" }]) {
      expect(apply(sent, reply(body))).toBe(sent);
    }
  });
});
