import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { LiveProviders } from "@/test/render-with-client";
import { createQueryClient } from "@/lib/api/query-client";
import { topologyQueries } from "@/lib/api/topology-activity";
import { makeEvent, type ActivityRow } from "@/lib/contract";
import { createLiveSession } from "@/lib/ws/live-session";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { useTopologyCalls } from "./use-topology-calls";

const NOW = Date.parse("2026-11-23T12:00:00Z");
const HOUR = 3_600_000;

const row: ActivityRow = {
  id: "r1",
  workspace_id: "child",
  activity_type: "a2a_receive",
  source_id: "lead",
  target_id: "child",
  method: "message/send",
  summary: null,
  duration_ms: 20,
  status: "ok",
  error_detail: null,
  created_at: new Date(NOW - 60_000).toISOString(),
};
const sent = makeEvent(
  "DELEGATION_SENT",
  "lead",
  { delegation_id: "d1", target_id: "other", task_preview: "t" },
  new Date(NOW).toISOString(),
);

type Props = { windowMs: number; showChats?: boolean };

function setup(initial: Props) {
  const fetchMock = stubFetch((url) => jsonResponse(200, url.includes("source=agent") ? [row] : []));
  const client = createQueryClient();
  const session = createLiveSession(client, { schedule: (cb) => cb() });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <LiveProviders client={client} session={session}>
      {children}
    </LiveProviders>
  );
  // The edges, the timeline and the calls panel all read the calls at once.
  const view = renderHook(
    ({ windowMs, showChats = false }: Props) => [
      useTopologyCalls(true, windowMs, showChats),
      useTopologyCalls(true, windowMs, showChats),
      useTopologyCalls(true, windowMs, showChats),
    ],
    { wrapper, initialProps: initial },
  );
  const sinces = () => fetchMock.mock.calls.map(([url]) => new URL(String(url)).searchParams.get("since"));
  return { ...view, client, session, fetchMock, sinces, calls: () => view.result.current[0]!.calls };
}

const isoAgo = (ms: number) => new Date(NOW - ms).toISOString();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

describe("useTopologyCalls", () => {
  it("backfills once however often and however narrow the window is asked for", async () => {
    const { rerender, calls, sinces } = setup({ windowMs: HOUR });
    await waitFor(() => expect(calls()).toHaveLength(1));
    rerender({ windowMs: 5 * 60_000 });
    rerender({ windowMs: HOUR });
    expect(sinces()).toEqual([isoAgo(HOUR)]);
  });

  it("fetches again only for a wider window, keeping the calls shown meanwhile", async () => {
    const { rerender, calls, sinces, result } = setup({ windowMs: HOUR });
    await waitFor(() => expect(calls()).toHaveLength(1));
    rerender({ windowMs: 24 * HOUR });
    expect(calls()).toHaveLength(1);
    await waitFor(() => expect(sinces()).toEqual([isoAgo(HOUR), isoAgo(24 * HOUR)]));
    await waitFor(() => expect(result.current[0]!.isLoading).toBe(false));
    expect(calls()).toHaveLength(1);
  });

  it("applies live events to every reader at once", async () => {
    const { session, calls, result } = setup({ windowMs: HOUR });
    await waitFor(() => expect(calls()).toHaveLength(1));
    session.hub.emitEvent(sent);
    await waitFor(() => expect(calls().map((c) => c.targetId)).toEqual(["child", "other"]));
    expect(result.current[1]!.calls).toBe(calls());
  });

  it("backfills each loaded scope once more after a reconnect, back to the widest window asked for", async () => {
    const { session, rerender, calls, sinces, fetchMock } = setup({ windowMs: 24 * HOUR, showChats: true });
    await waitFor(() => expect(calls()).toHaveLength(1));
    rerender({ windowMs: HOUR, showChats: true });
    expect(fetchMock).toHaveBeenCalledTimes(2);

    session.hub.emitReconnect();

    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(4));
    expect(sinces().slice(2)).toEqual([isoAgo(24 * HOUR), isoAgo(24 * HOUR)]);
  });

  it("hears nothing once the live session stops", async () => {
    const { client, session, calls, unmount, fetchMock } = setup({ windowMs: HOUR });
    await waitFor(() => expect(calls()).toHaveLength(1));
    const cached = client.getQueryData(topologyQueries.scope("agents"));
    unmount();

    session.hub.emitReconnect();
    session.hub.emitEvent(sent);

    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(client.getQueryData(topologyQueries.scope("agents"))).toBe(cached);
  });
});
