import { describe, expect, it, vi } from "vitest";
import { platformWsUrl } from "./ws-url";

describe("platformWsUrl", () => {
  it("uses NEXT_PUBLIC_WS_URL verbatim", () => {
    vi.stubEnv("NEXT_PUBLIC_WS_URL", "wss://events.example/socket");
    expect(platformWsUrl()).toBe("wss://events.example/socket");
  });

  it("derives ws from http and wss from https platform URLs", () => {
    vi.stubEnv("NEXT_PUBLIC_PLATFORM_URL", "http://localhost:8080");
    expect(platformWsUrl()).toBe("ws://localhost:8080/ws");
    vi.stubEnv("NEXT_PUBLIC_PLATFORM_URL", "https://acme.moleculesai.app/");
    expect(platformWsUrl()).toBe("wss://acme.moleculesai.app/ws");
  });

  it("uses this page's host when the platform is same-origin", () => {
    vi.stubEnv("NEXT_PUBLIC_PLATFORM_URL", "");
    expect(platformWsUrl({ protocol: "https:", host: "acme.moleculesai.app" })).toBe(
      "wss://acme.moleculesai.app/ws",
    );
    expect(platformWsUrl({ protocol: "http:", host: "localhost:3000" })).toBe("ws://localhost:3000/ws");
  });
});
