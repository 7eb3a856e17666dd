import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { createQueryClient } from "@/lib/api/query-client";
import { workspaceQueries } from "@/lib/api/workspaces";
import type { ActivityRow } from "@/lib/contract";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { TestProviders, row } from "@/test/render-with-client";
import { useSelectionStore } from "@/store/selection";
import { useTopologyStore } from "@/store/topology";
import { useTopologyEdges } from "./use-topology-edges";

const rows = [
  row({ id: "lead", name: "Maya" }),
  row({ id: "research", name: "Theo", parent_id: "lead" }),
  row({ id: "priya", name: "Priya", parent_id: "research" }),
  row({ id: "eng", name: "Daniel", parent_id: "lead" }),
];
const call = (id: string, source: string, target: string): ActivityRow => ({
  id,
  workspace_id: target,
  activity_type: "a2a_receive",
  source_id: source,
  target_id: target,
  method: "message/send",
  summary: null,
  duration_ms: 10,
  status: "ok",
  error_detail: null,
  created_at: new Date(Date.now() - 60_000).toISOString(),
});

function setup() {
  const client = createQueryClient();
  client.setQueryData(workspaceQueries.list().queryKey, rows);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestProviders client={client}>{children}</TestProviders>
  );
  return renderHook(() => useTopologyEdges(), { wrapper });
}

beforeEach(() => {
  stubFetch(() =>
    jsonResponse(200, [
      call("1", "lead", "research"),
      call("2", "research", "priya"),
      call("3", "lead", "eng"),
    ]),
  );
  useTopologyStore.setState({
    isOn: true,
    windowMs: 3_600_000,
    travelAt: null,
    isFocusMode: false,
    focusedIds: null,
  });
  useSelectionStore.setState({ selectedIds: [] });
});

describe("useTopologyEdges", () => {
  it("turns the backfilled calls into React Flow edges of the topology type", async () => {
    const { result } = setup();
    await waitFor(() => expect(result.current).toHaveLength(3));
    expect(result.current.map((e) => [e.source, e.target, e.type])).toEqual([
      ["lead", "eng", "topology"],
      ["lead", "research", "topology"],
      ["research", "priya", "topology"],
    ]);
  });

  it("in focus mode lights the selected workspace and its partners and dims the other edges", async () => {
    useTopologyStore.setState({ isFocusMode: true });
    useSelectionStore.setState({ selectedIds: ["research"] });
    const { result } = setup();
    await waitFor(() => expect(result.current).toHaveLength(3));
    expect([...(useTopologyStore.getState().focusedIds ?? [])].sort()).toEqual(["lead", "priya", "research"]);
    expect(result.current.find((e) => e.target === "eng")?.data?.isDimmed).toBe(true);
    expect(result.current.find((e) => e.target === "priya")?.data?.isDimmed).toBe(false);
  });

  it("draws nothing and dims nothing while the overlay is off", async () => {
    useTopologyStore.setState({ isOn: false, isFocusMode: true });
    useSelectionStore.setState({ selectedIds: ["research"] });
    const { result } = setup();
    expect(result.current).toEqual([]);
    await waitFor(() => expect(result.current).toEqual([]));
    expect(useTopologyStore.getState().focusedIds).toBeNull();
  });
});
