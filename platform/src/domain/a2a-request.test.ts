import { describe, expect, it } from "vitest";
import { isReservedCaller, normaliseA2ARequest, toolTraceOf } from "./a2a-request";

const msg = { role: "user" as const, parts: [{ kind: "text" as const, text: "hi" }] };

describe("normaliseA2ARequest", () => {
  it("rewraps a body without jsonrpc, drops other keys and fills the messageId", () => {
    const out = normaliseA2ARequest(
      { method: "message/send", params: { message: msg }, extra: 1 } as never,
      () => "X",
    );
    expect(out).toEqual({
      jsonrpc: "2.0",
      id: "X",
      method: "message/send",
      params: { message: { ...msg, messageId: "X" } },
    });
  });

  it("keeps a JSON-RPC body and an existing messageId", () => {
    const body = {
      jsonrpc: "2.0" as const,
      id: 7,
      method: "message/send",
      params: { message: { ...msg, messageId: "m1" } },
    };
    expect(normaliseA2ARequest(body, () => "X")).toEqual(body);
  });
});

describe("caller and reply helpers", () => {
  it("reserves the internal caller prefixes", () => {
    expect(isReservedCaller("system:cron")).toBe(true);
    expect(isReservedCaller("Webhook:x")).toBe(true);
    expect(isReservedCaller("3f6c1a2e-8b1d-4c55-9a7e-2f0d9b1c4e10")).toBe(false);
  });

  it("finds the tool trace in result metadata", () => {
    expect(toolTraceOf({ result: { metadata: { tool_trace: [{ tool: "search" }] } } })).toEqual([
      { tool: "search" },
    ]);
    expect(toolTraceOf({ result: "text" })).toBeUndefined();
  });
});
