import { QueryClient } from "@tanstack/react-query";
import { makeEvent, workspaceRowSchema, type ActivityRow } from "@/lib/contract";
import { reduceCallWindow } from "@/lib/topology/call-window";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { workspaceQueries } from "./workspaces";
import { topologyQueries } from "./topology-activity";

const NOW = Date.parse("2026-11-23T12:00:00Z");
const HOUR = 3_600_000;
const ids = ["w1", "w2", "w3", "w4", "w5", "w6"];

function setup() {
  const client = new QueryClient();
  client.setQueryData(
    workspaceQueries.list().queryKey,
    ids.map((id) => workspaceRowSchema.parse({ id, name: id, status: "online" })),
  );
  return client;
}

const callRow = (id: string, minutesAgo: number): ActivityRow => ({
  id,
  workspace_id: "w2",
  activity_type: "a2a_receive",
  source_id: "w1",
  target_id: "w2",
  method: "message/send",
  summary: null,
  duration_ms: 20,
  status: "ok",
  error_detail: null,
  created_at: new Date(NOW - minutesAgo * 60_000).toISOString(),
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

describe("topologyQueries.window", () => {
  it("asks the tenant-wide query once for every agent call since the window start", async () => {
    const fetchMock = stubFetch(() => jsonResponse(200, []));
    await setup().fetchQuery(topologyQueries.window("agents", HOUR));
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
    const client = setup();
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
    await client.fetchQuery(topologyQueries.window("agents", HOUR));
    expect(fetchMock).toHaveBeenCalledTimes(1 + ids.length);
    expect(peak).toBe(4);
    await client.fetchQuery(topologyQueries.window("chats", HOUR));
    expect(fetchMock).toHaveBeenCalledTimes(1 + 2 * ids.length);
  });

  it("reports other failures instead of fanning out", async () => {
    const fetchMock = stubFetch(() => jsonResponse(500, { error: "query failed" }));
    await expect(setup().fetchQuery(topologyQueries.window("chats", HOUR))).rejects.toThrow();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("refetches back to the widest window held and keeps the live calls it holds", async () => {
    const client = setup();
    const fetchMock = stubFetch(
      () => jsonResponse(200, [callRow("r1", 90)]),
      () => jsonResponse(200, []),
    );
    const { queryKey } = topologyQueries.window("agents", 24 * HOUR);
    await client.fetchQuery(topologyQueries.window("agents", 24 * HOUR));
    const live = makeEvent(
      "DELEGATION_SENT",
      "w1",
      { delegation_id: "d1", target_id: "w3", task_preview: "t" },
      new Date(NOW).toISOString(),
    );
    client.setQueryData(queryKey, (w) => w && reduceCallWindow(w, live, NOW));

    await client.fetchQuery({ ...topologyQueries.window("agents", HOUR), staleTime: 0 });

    const since = new URL(String(fetchMock.mock.calls[1]![0])).searchParams.get("since");
    expect(since).toBe(new Date(NOW - 24 * HOUR).toISOString());
    expect(client.getQueryData(queryKey)?.log.calls.map((c) => c.key)).toEqual(["r:r1", "d:d1"]);
  });
});
