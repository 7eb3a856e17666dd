import { ApiError, type ApiErrorKind } from "./api-error";
import { shouldRetryQuery } from "./query-client";

function apiError(kind: ApiErrorKind, status: number | null = null) {
  return new ApiError({ kind, status, method: "GET", path: "/workspaces" });
}

describe("shouldRetryQuery", () => {
  it.each([400, 401, 403, 404, 409, 429])("never retries a %i", (status) => {
    expect(shouldRetryQuery(0, apiError("http", status))).toBe(false);
  });

  it("retries a 5xx or a network failure once", () => {
    expect(shouldRetryQuery(0, apiError("http", 502))).toBe(true);
    expect(shouldRetryQuery(0, apiError("network"))).toBe(true);
    expect(shouldRetryQuery(1, apiError("network"))).toBe(false);
  });

  it("does not retry a timeout or an invalid response", () => {
    expect(shouldRetryQuery(0, apiError("timeout"))).toBe(false);
    expect(shouldRetryQuery(0, apiError("invalid-response", 200))).toBe(false);
  });
});
