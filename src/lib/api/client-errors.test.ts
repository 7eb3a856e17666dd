import { z } from "zod";
import { workspaceListSchema } from "@/lib/contract/workspace";
import { pageNavigation } from "@/lib/navigation";
import { jsonResponse, never, stubFetch } from "@/test/fetch-stub";
import { setPageUrl } from "@/test/location";
import { setUpSaasEnv, TENANT_ORIGIN } from "@/test/saas-env";
import { api, type ApiError } from "./client";
import { onSessionExpired } from "./session";

const PLATFORM = "http://platform.test:8080";
const TENANT_PAGE = `${TENANT_ORIGIN}/canvas?tab=chat#x`;
const session = { user_id: "u1", org_id: "o1", email: "ada@example.com" };

function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  return promise.then(
    () => {
      throw new Error("expected the request to fail");
    },
    (err: unknown) => err as ApiError,
  );
}

let assign: ReturnType<typeof vi.spyOn>;
const expired = vi.fn();
let unsubscribe: () => void;

setUpSaasEnv({ platformUrl: PLATFORM, authOrigin: "http://auth.test" });

beforeEach(() => {
  assign = vi.spyOn(pageNavigation, "assign").mockImplementation(() => {});
  expired.mockClear();
  unsubscribe = onSessionExpired(expired);
});

afterEach(() => {
  unsubscribe();
  vi.useRealTimers();
});

describe("api 401 handling on a tenant host", () => {
  beforeEach(() => setPageUrl(TENANT_PAGE));

  it("reports the session expired, without leaving the page itself, when the probe is also 401", async () => {
    const fetchMock = stubFetch(
      () => jsonResponse(401, { error: "admin auth required" }),
      () => jsonResponse(401, { error: "unauthenticated" }),
    );

    const err = await failureOf(api.get("/workspaces", workspaceListSchema));

    expect(fetchMock.mock.calls[1]?.[0]).toBe(`${PLATFORM}/cp/auth/me`);
    expect(expired).toHaveBeenCalledTimes(1);
    expect(assign).not.toHaveBeenCalled();
    expect(err).toMatchObject({ kind: "http", status: 401, code: "session_expired" });
  });

  it("throws a plain 401 without reporting expiry when the session is still valid", async () => {
    stubFetch(
      () => jsonResponse(401, { error: "invalid workspace auth token" }),
      () => jsonResponse(200, session),
    );

    const err = await failureOf(api.get("/workspaces/w1/budget", z.unknown()));

    expect(expired).not.toHaveBeenCalled();
    expect(err).toMatchObject({
      kind: "http",
      status: 401,
      error: "invalid workspace auth token",
      code: undefined,
    });
  });

  it("does not report expiry when the probe fails on the network", async () => {
    stubFetch(
      () => jsonResponse(401, { error: "admin auth required" }),
      () => Promise.reject(new TypeError("Failed to fetch")),
    );

    const err = await failureOf(api.get("/workspaces", workspaceListSchema));

    expect(expired).not.toHaveBeenCalled();
    expect(err).toMatchObject({ kind: "http", status: 401 });
  });

  it("gives the probe 5 seconds and does not report expiry when it times out", async () => {
    vi.useFakeTimers();
    stubFetch(() => jsonResponse(401, { error: "admin auth required" }), never);
    let isSettled = false;
    const failure = failureOf(api.get("/workspaces", workspaceListSchema));
    void failure.then(() => (isSettled = true));

    await vi.advanceTimersByTimeAsync(4_999);
    expect(isSettled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);

    expect(await failure).toMatchObject({ kind: "http", status: 401 });
    expect(expired).not.toHaveBeenCalled();
  });

  it("treats a 401 from a /cp/auth/ path as a dead session without probing", async () => {
    const fetchMock = stubFetch(() => jsonResponse(401, { error: "unauthenticated" }));

    const err = await failureOf(api.get("/cp/auth/terms-status", z.unknown()));

    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(expired).toHaveBeenCalledTimes(1);
    expect(err).toMatchObject({ code: "session_expired" });
  });
});

describe("api 401 handling without a slug", () => {
  it("throws without probing or reporting expiry", async () => {
    const fetchMock = stubFetch(() => jsonResponse(401, { error: "admin auth required" }));

    const err = await failureOf(api.get("/workspaces", workspaceListSchema));

    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(expired).not.toHaveBeenCalled();
    expect(err).toMatchObject({ kind: "http", status: 401, error: "admin auth required" });
  });
});

describe("api error replies", () => {
  it("turns a 503 platform_unavailable into its own kind", async () => {
    stubFetch(() =>
      jsonResponse(503, {
        error: "platform datastore unavailable — retry shortly",
        code: "platform_unavailable",
      }),
    );

    const err = await failureOf(api.get("/workspaces", workspaceListSchema));

    expect(err).toMatchObject({ kind: "platform-unavailable", status: 503, code: "platform_unavailable" });
  });

  it("keeps any other 503 as an http error", async () => {
    stubFetch(() => jsonResponse(503, { error: "provisioner not available" }));

    const err = await failureOf(api.post("/workspaces/w1/restart", {}, z.unknown()));

    expect(err).toMatchObject({ kind: "http", status: 503, error: "provisioner not available" });
  });

  it("carries the status, the server's error and the body of a failed call", async () => {
    const body = { status: "confirmation_required", error: "has children", children_count: 2 };
    stubFetch(() => jsonResponse(409, body));

    const err = await failureOf(api.del("/workspaces/w1", z.unknown()));

    expect(err).toMatchObject({ kind: "http", status: 409, error: "has children", body });
  });

  it("reports a body that is not JSON as an invalid response", async () => {
    stubFetch(() => new Response("<html>proxy error page</html>", { status: 200 }));

    const err = await failureOf(api.get("/workspaces", workspaceListSchema));

    expect(err).toMatchObject({ kind: "invalid-response", status: 200 });
  });

  it("reports a body of the wrong shape as an invalid response", async () => {
    stubFetch(() => jsonResponse(200, { workspaces: [] }));

    const err = await failureOf(api.get("/workspaces", workspaceListSchema));

    expect(err).toMatchObject({ kind: "invalid-response", body: { workspaces: [] } });
  });
});
