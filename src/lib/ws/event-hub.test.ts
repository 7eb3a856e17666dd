import { describe, expect, it, vi } from "vitest";
import { createEventHub } from "./event-hub";

const offline = {
  event: "WORKSPACE_OFFLINE" as const,
  workspace_id: "w1",
  timestamp: "2026-04-27T10:15:30Z",
  payload: {},
};

describe("createEventHub", () => {
  it("fans events, status and reconnects out to every subscriber until it unsubscribes", () => {
    const hub = createEventHub();
    const a = { onEvent: vi.fn(), onStatus: vi.fn(), onReconnect: vi.fn() };
    const b = { onEvent: vi.fn() };
    const stopA = hub.subscribe(a);
    hub.subscribe(b);

    hub.emitEvent(offline);
    hub.emitStatus("live");
    hub.emitReconnect();
    stopA();
    hub.emitEvent(offline);

    expect(a.onEvent).toHaveBeenCalledTimes(1);
    expect(a.onStatus).toHaveBeenCalledWith("live");
    expect(a.onReconnect).toHaveBeenCalledTimes(1);
    expect(b.onEvent).toHaveBeenCalledTimes(2);
    expect(hub.status()).toBe("live");
  });
});
