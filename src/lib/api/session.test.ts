import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { setUpSaasEnv } from "@/test/saas-env";
import { fetchSession, onSessionExpired, reportSessionExpired } from "./session";

const PLATFORM = "http://platform.test:8080";
const session = { user_id: "u1", org_id: "org_01", email: "ada@example.com" };

setUpSaasEnv({ platformUrl: PLATFORM });

describe("fetchSession", () => {
  it("returns the session on 200", async () => {
    const fetchMock = stubFetch(() => jsonResponse(200, { ...session, extra: "kept" }));

    await expect(fetchSession()).resolves.toMatchObject(session);
    expect(fetchMock).toHaveBeenCalledWith(
      `${PLATFORM}/cp/auth/me`,
      expect.objectContaining({ credentials: "include", method: "GET" }),
    );
  });

  it("returns null on 401 instead of throwing", async () => {
    stubFetch(() => jsonResponse(401, { error: "unauthenticated" }));

    await expect(fetchSession()).resolves.toBeNull();
  });

  it("throws on a 5xx so an outage is never read as signed out", async () => {
    stubFetch(() => jsonResponse(502, { error: "control plane unavailable" }));

    await expect(fetchSession()).rejects.toMatchObject({ kind: "http", status: 502 });
  });

  it("throws on a network failure", async () => {
    stubFetch(() => Promise.reject(new TypeError("Failed to fetch")));

    await expect(fetchSession()).rejects.toMatchObject({ kind: "network" });
  });

  it("throws when a 200 does not carry a session", async () => {
    stubFetch(() => jsonResponse(200, { user: "u1" }));

    await expect(fetchSession()).rejects.toMatchObject({ kind: "invalid-response" });
  });
});

describe("onSessionExpired", () => {
  it("tells each subscriber until it unsubscribes", () => {
    const listener = vi.fn();
    const unsubscribe = onSessionExpired(listener);

    reportSessionExpired();
    unsubscribe();
    reportSessionExpired();

    expect(listener).toHaveBeenCalledTimes(1);
  });
});
