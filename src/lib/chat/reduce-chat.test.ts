import { describe, expect, it } from "vitest";
import { EMPTY_CHAT, isAwaitingReply, reduceChat, type ChatAction, type ChatState } from "./reduce-chat";

const run = (...actions: ChatAction[]) => actions.reduce<ChatState>(reduceChat, EMPTY_CHAT);
const sent = (requestId: string, text = "Do it", at = "2026-01-01T00:00:00.000Z"): ChatAction => ({
  type: "sent",
  requestId,
  text,
  at,
});
const replied = (requestId: string, text: string): ChatAction => ({
  type: "replied",
  requestId,
  body: { result: { kind: "message", parts: [{ kind: "text", text }] } },
  at: "2026-01-01T00:00:05.000Z",
});

describe("reduceChat", () => {
  it("shows the same reply once when it arrives by HTTP and by socket", () => {
    const state = run(sent("r1"), replied("r1", "Done"), replied("r1", "Done"));
    expect(state.messages.map((m) => [m.role, m.text, m.state])).toEqual([
      ["user", "Do it", "done"],
      ["agent", "Done", "done"],
    ]);
  });

  it("keeps the first reply when a second source reports the turn differently", () => {
    const state = run(sent("r1"), replied("r1", "From socket"), replied("r1", "From HTTP"));
    expect(state.messages[1]!.text).toBe("From socket");
  });

  it("lets a reply land after the HTTP wait timed out", () => {
    const state = run(
      sent("r1"),
      { type: "failed", requestId: "r1", problem: { title: "No answer yet", message: "", action: "retry" } },
      replied("r1", "Late but here"),
    );
    expect(state.messages[1]).toMatchObject({ state: "done", text: "Late but here" });
    expect(state.messages[1]!.problem).toBeUndefined();
  });

  it("ignores a reply to a request this chat never sent", () => {
    const state = run(sent("r1"), replied("other", "Not ours"));
    expect(state.messages).toHaveLength(2);
    expect(state.messages[1]!.state).toBe("pending");
  });

  it("grows streamed text, then settles on the final reply", () => {
    const streaming = run(sent("r1"), { type: "streamed", requestId: "r1", text: "Partial" });
    expect(streaming.messages[1]).toMatchObject({ state: "streaming", text: "Partial" });
    expect(isAwaitingReply(streaming)).toBe(true);
    const done = reduceChat(streaming, replied("r1", "Partial and complete"));
    expect(done.messages[1]).toMatchObject({ state: "done", text: "Partial and complete" });
    expect(isAwaitingReply(done)).toBe(false);
  });

  it("does not let a failure overwrite a reply that already arrived", () => {
    const state = run(sent("r1"), replied("r1", "Done"), {
      type: "failed",
      requestId: "r1",
      problem: { title: "x", message: "y", action: "retry" },
    });
    expect(state.messages[1]!.state).toBe("done");
  });

  it("restores history oldest first without duplicating turns already shown", () => {
    const turn = {
      requestId: "r0",
      text: "Earlier",
      at: "2025-12-31T00:00:00.000Z",
      reply: { result: "Old answer" },
      error: null,
      repliedAt: "2025-12-31T00:00:02.000Z",
    };
    const state = run(sent("r1"), replied("r1", "Now"), {
      type: "history",
      turns: [turn, { ...turn, requestId: "r1", text: "dup" }],
    });
    expect(state.messages.map((m) => m.text)).toEqual(["Earlier", "Old answer", "Do it", "Now"]);
  });

  it("shows a failed history turn as an error bubble", () => {
    const state = run({
      type: "history",
      turns: [
        {
          requestId: "r0",
          text: "Hi",
          at: "2026-01-01T00:00:00.000Z",
          reply: null,
          error: "failed to reach workspace agent",
          repliedAt: "2026-01-01T00:00:01.000Z",
        },
      ],
    });
    expect(state.messages[1]).toMatchObject({
      state: "error",
      problem: { message: "failed to reach workspace agent" },
    });
  });

  it("adds an unprompted agent message once", () => {
    const msg: ChatAction = {
      type: "agent-message",
      key: "notify:1",
      text: "FYI",
      files: [],
      at: "2026-01-01T00:00:00.000Z",
    };
    expect(run(msg, msg).messages).toHaveLength(1);
  });
});
