import { ApiError } from "./api-error";
import { describeError } from "./describe-error";
import { ERROR_MESSAGES } from "./error-messages";

const base = { method: "GET", path: "/workspaces" };

describe("describeError", () => {
  it("names the platform and the wait for a timeout, and allows a retry", () => {
    vi.stubEnv("NEXT_PUBLIC_PLATFORM_URL", "http://platform.test:8080");
    const result = describeError(new ApiError({ ...base, kind: "timeout", timeoutMs: 15_000 }));

    expect(result.retryable).toBe(true);
    expect(result.message).toContain("http://platform.test:8080");
    expect(result.message).toContain("15 seconds");
  });

  it("explains an unreachable platform as retryable", () => {
    expect(describeError(new ApiError({ ...base, kind: "network" }))).toMatchObject({
      title: "Can't reach the platform",
      retryable: true,
    });
  });

  it("has a dedicated message for platform_unavailable", () => {
    const err = new ApiError({
      ...base,
      kind: "platform-unavailable",
      status: 503,
      code: "platform_unavailable",
    });
    expect(describeError(err)).toMatchObject({
      title: "The platform is temporarily unavailable",
      retryable: true,
    });
  });

  it("does not echo a server's internal 5xx message", () => {
    const err = ApiError.fromResponse(
      "GET",
      "/workspaces",
      500,
      JSON.stringify({ error: "pq: relation missing" }),
    );
    const { message, retryable } = describeError(err);

    expect(message).not.toContain("pq:");
    expect(retryable).toBe(true);
  });

  it("words a refused request itself by its code, never with the server's sentence, and offers no retry", () => {
    const coded = ApiError.fromResponse(
      "PATCH",
      "/workspaces/w1",
      400,
      JSON.stringify({ error: "name contains <b>invalid</b> characters", code: "invalid_body" }),
    );
    expect(describeError(coded)).toEqual(ERROR_MESSAGES.invalid_body);
    const uncoded = ApiError.fromResponse(
      "PATCH",
      "/workspaces/w1",
      400,
      JSON.stringify({ error: "raw detail" }),
    );
    expect(describeError(uncoded)).toMatchObject({ message: "The platform answered 400.", retryable: false });
    expect(JSON.stringify(describeError(coded))).not.toContain("invalid</b>");
  });

  it("offers no retry for an invalid response", () => {
    expect(describeError(new ApiError({ ...base, kind: "invalid-response", status: 200 })).retryable).toBe(
      false,
    );
  });

  it("describes something that is not an ApiError without leaking its message", () => {
    const result = describeError(new Error("Cannot read properties of undefined"));
    expect(result.message).not.toContain("undefined");
    expect(result.title).toBe("Something went wrong");
  });
});
