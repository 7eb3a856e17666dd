import { z } from "zod";
import { workspaceListSchema } from "@/lib/contract/workspace";
import { pageNavigation } from "@/lib/navigation";
import { jsonResponse, never, requestHeaders, stubFetch } from "@/test/fetch-stub";
import { setPageUrl } from "@/test/location";
import { setUpSaasEnv, TENANT_ORIGIN } from "@/test/saas-env";
import { api, ApiError, retryAfterMs } from "./client";

const PLATFORM = "http://platform.test:8080";
const okSchema = z.object({ ok: z.boolean() });

function onTenantHost() {
  setPageUrl(`${TENANT_ORIGIN}/canvas?tab=chat#x`);
}

/** Settles a promise into its rejection reason (or fails), so fake timers can run meanwhile. */
function rejectionOf(promise: Promise<unknown>): Promise<ApiError> {
  return promise.then(
    () => {
      throw new Error("expected the request to fail");
    },
    (err: unknown) => err as ApiError,
  );
}

setUpSaasEnv({ platformUrl: PLATFORM });

beforeEach(() => {
  // No test here should navigate; a stray redirect must not reach jsdom.
  vi.spyOn(pageNavigation, "assign").mockImplementation(() => {});
});

afterEach(() => {
  vi.useRealTimers();
});

describe("api requests", () => {
  it("calls the platform URL with credentials included and returns the parsed body", async () => {
    const fetchMock = stubFetch(() => jsonResponse(200, [{ id: "w1", name: "PM", status: "online" }]));

    const rows = await api.get("/workspaces", workspaceListSchema);

    expect(fetchMock).toHaveBeenCalledWith(
      `${PLATFORM}/workspaces`,
      expect.objectContaining({ credentials: "include", method: "GET" }),
    );
    expect(rows[0]).toMatchObject({ id: "w1", tier: 3, parent_id: null });
  });

  it("uses same-origin relative URLs when the platform URL is empty", async () => {
    vi.stubEnv("NEXT_PUBLIC_PLATFORM_URL", "");
    const fetchMock = stubFetch(() => jsonResponse(200, { ok: true }));

    await api.get("/health", okSchema);

    expect(fetchMock.mock.calls[0]?.[0]).toBe("/health");
  });

  it("sends the org slug header on a tenant host", async () => {
    onTenantHost();
    const fetchMock = stubFetch(() => jsonResponse(200, { ok: true }));

    await api.get("/workspaces/x", okSchema);

    expect(requestHeaders(fetchMock)["x-molecule-org-slug"]).toBe("acme");
  });

  it("omits the org slug header when there is no slug", async () => {
    const fetchMock = stubFetch(() => jsonResponse(200, { ok: true }));

    await api.get("/workspaces/x", okSchema);

    expect(requestHeaders(fetchMock)).not.toHaveProperty("x-molecule-org-slug");
  });

  it("sends a mutation's body as JSON", async () => {
    const fetchMock = stubFetch(() => jsonResponse(200, { ok: true }));

    await api.patch("/workspaces/w1", { name: "Lead" }, okSchema);

    expect(fetchMock.mock.calls[0]?.[1]).toMatchObject({ method: "PATCH", body: '{"name":"Lead"}' });
    expect(requestHeaders(fetchMock)["content-type"]).toBe("application/json");
  });

  it("never sends an Authorization header", async () => {
    vi.stubEnv("NEXT_PUBLIC_ADMIN_TOKEN", "should-never-be-read");
    const fetchMock = stubFetch(() => jsonResponse(200, { ok: true }));

    await api.del("/workspaces/w1", okSchema);

    expect(requestHeaders(fetchMock)).not.toHaveProperty("authorization");
  });
});

describe("api timeouts and network failures", () => {
  it("gives up after 15 seconds with a timeout error", async () => {
    vi.useFakeTimers();
    stubFetch(never);
    const failure = rejectionOf(api.get("/workspaces", workspaceListSchema));

    await vi.advanceTimersByTimeAsync(14_999);
    let isSettled = false;
    void failure.then(() => (isSettled = true));
    await Promise.resolve();
    expect(isSettled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);

    const err = await failure;
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ kind: "timeout", status: null, timeoutMs: 15_000 });
  });

  it("honours a per-call timeout override", async () => {
    vi.useFakeTimers();
    stubFetch(never);
    let isSettled = false;
    const failure = rejectionOf(api.post("/workspaces/w1/a2a", {}, okSchema, { timeoutMs: 120_000 }));
    void failure.then(() => (isSettled = true));

    await vi.advanceTimersByTimeAsync(15_000);
    expect(isSettled).toBe(false);
    await vi.advanceTimersByTimeAsync(105_000);

    expect(await failure).toMatchObject({ kind: "timeout", timeoutMs: 120_000 });
  });

  it("turns a failed connection into a network error", async () => {
    stubFetch(() => Promise.reject(new TypeError("Failed to fetch")));

    const err = await rejectionOf(api.get("/workspaces", workspaceListSchema));

    expect(err).toMatchObject({ kind: "network", status: null });
  });

  it("passes the caller's own cancellation through untouched", async () => {
    stubFetch(never);
    const controller = new AbortController();
    const pending = api.get("/workspaces", workspaceListSchema, { signal: controller.signal });

    controller.abort();

    await expect(pending).rejects.not.toBeInstanceOf(ApiError);
  });
});

describe("api rate limiting", () => {
  it("retries a GET answered 429 once, after Retry-After", async () => {
    vi.useFakeTimers();
    const fetchMock = stubFetch(
      () => jsonResponse(429, { error: "rate limit exceeded" }, { "Retry-After": "3" }),
      () => jsonResponse(200, { ok: true }),
    );
    const result = api.get("/workspaces/x", okSchema);

    await vi.advanceTimersByTimeAsync(2_999);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);

    await expect(result).resolves.toEqual({ ok: true });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("retries a GET only once", async () => {
    vi.useFakeTimers();
    const fetchMock = stubFetch(() => jsonResponse(429, { error: "rate limit exceeded" }));
    const failure = rejectionOf(api.get("/workspaces/x", okSchema));

    await vi.advanceTimersByTimeAsync(60_000);

    expect(await failure).toMatchObject({ kind: "http", status: 429 });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("never retries a mutation answered 429", async () => {
    vi.useFakeTimers();
    const fetchMock = stubFetch(() =>
      jsonResponse(429, { error: "rate limit exceeded" }, { "Retry-After": "1" }),
    );
    const failure = rejectionOf(api.post("/workspaces", { name: "PM" }, okSchema));

    await vi.advanceTimersByTimeAsync(60_000);

    expect(await failure).toMatchObject({ kind: "http", status: 429 });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe("retryAfterMs", () => {
  it("reads whole seconds", () => {
    expect(retryAfterMs("5")).toBe(5_000);
  });

  it("caps the wait at 20 seconds", () => {
    expect(retryAfterMs("120")).toBe(20_000);
  });

  it("waits 2 seconds when the header is missing or unreadable", () => {
    expect(retryAfterMs(null)).toBe(2_000);
    expect(retryAfterMs("soon")).toBe(2_000);
  });

  it("reads an HTTP date relative to now", () => {
    const now = Date.parse("2026-04-27T10:00:00Z");
    expect(retryAfterMs("Mon, 27 Apr 2026 10:00:04 GMT", now)).toBe(4_000);
  });
});
