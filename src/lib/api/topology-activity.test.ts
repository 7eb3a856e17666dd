import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { createTopologyRowsFetcher } from "./topology-activity";

const since = Date.parse("2026-11-23T11:00:00Z");
const ids = ["w1", "w2", "w3", "w4", "w5", "w6"];

afterEach(() => vi.unstubAllGlobals());

describe("createTopologyRowsFetcher", () => {
  it("asks the tenant-wide query once for every agent call since the window start", async () => {
    const fetchTopologyRows = createTopologyRowsFetcher();
    const fetchMock = stubFetch(() => jsonResponse(200, []));
    await fetchTopologyRows({ since, scope: "agents", workspaceIds: () => ids });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const url = new URL(String(fetchMock.mock.calls[0]![0]));
    expect(url.pathname).toBe("/activity");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      source: "agent",
      since: "2026-11-23T11:00:00.000Z",
      limit: "5000",
    });
  });

  it("falls back to one request per workspace, at most four at a time, and remembers the platform lacks the query", async () => {
    const fetchTopologyRows = createTopologyRowsFetcher();
    let inFlight = 0;
    let peak = 0;
    const fetchMock = stubFetch(async (url) => {
      if (new URL(url).pathname === "/activity") return jsonResponse(404, { error: "not found" });
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight -= 1;
      return jsonResponse(200, []);
    });
    await fetchTopologyRows({ since, scope: "agents", workspaceIds: () => ids });
    expect(fetchMock).toHaveBeenCalledTimes(1 + ids.length);
    expect(peak).toBe(4);
    await fetchTopologyRows({ since, scope: "agents", workspaceIds: () => ids });
    expect(fetchMock).toHaveBeenCalledTimes(1 + 2 * ids.length);
  });

  it("reports other failures instead of fanning out", async () => {
    const fetchTopologyRows = createTopologyRowsFetcher();
    const fetchMock = stubFetch(() => jsonResponse(500, { error: "query failed" }));
    await expect(fetchTopologyRows({ since, scope: "chats", workspaceIds: () => ids })).rejects.toThrow();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
