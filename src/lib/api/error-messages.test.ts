import { ERROR_CODES } from "@/lib/contract/errors";
import { ERROR_MESSAGES, messageForCode } from "./error-messages";

describe("ERROR_MESSAGES", () => {
  it("gives every platform code a title and a full sentence of the canvas's own", () => {
    for (const code of ERROR_CODES) {
      const { title, message } = ERROR_MESSAGES[code];
      expect(title, code).toMatch(/^[A-Z]/);
      expect(message, code).toMatch(/^[A-Z].*[.!?]$/);
    }
  });

  it("keeps today's words for platform_unavailable and session_expired", () => {
    expect(messageForCode("platform_unavailable")).toEqual({
      title: "The platform is temporarily unavailable",
      message: "Its datastore is down. It usually recovers on its own; try again shortly.",
      retryable: true,
    });
    expect(messageForCode("session_expired")).toMatchObject({
      title: "Your session has ended",
      retryable: false,
    });
  });

  it("marks passing conditions retryable and refusals not", () => {
    expect(messageForCode("rate_limited")?.retryable).toBe(true);
    expect(messageForCode("workspace_waking")?.retryable).toBe(true);
    expect(messageForCode("workspace_not_found")?.retryable).toBe(false);
    expect(messageForCode("invalid_body")?.retryable).toBe(false);
  });

  it("has no words for a missing code or one from a newer platform", () => {
    expect(messageForCode(undefined)).toBeNull();
    expect(messageForCode("brand_new_code")).toBeNull();
    expect(messageForCode("toString")).toBeNull();
  });
});
