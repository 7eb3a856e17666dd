import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ActivityRow } from "@/lib/contract";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { renderWithClient, row } from "@/test/render-with-client";
import { usePanelStore } from "@/store/panel";
import { useTopologyStore } from "@/store/topology";
import { EdgeCallsPanel } from "./edge-calls-panel";

const LEAD = "11111111-1111-4111-8111-111111111111";
const CHILD = "22222222-2222-4222-8222-222222222222";
const rows = [row({ id: LEAD, name: "Maya" }), row({ id: CHILD, name: "Theo", parent_id: LEAD })];
const NOW = Date.now();
const ago = (ms: number) => new Date(NOW - ms).toISOString();

const delegation = (id: string, minutesAgo: number, status: string, task: string): ActivityRow => ({
  id: `row-${id}`,
  workspace_id: LEAD,
  activity_type: "delegation",
  source_id: LEAD,
  target_id: CHILD,
  method: "delegate",
  summary: null,
  request_body: { task, delegation_id: id },
  duration_ms: null,
  status,
  error_detail: null,
  created_at: ago(minutesAgo * 60_000),
});
const failure: ActivityRow = {
  ...delegation("d2", 1, "failed", "ignored"),
  id: "row-d2-result",
  method: "delegate_result",
  request_body: undefined,
  response_body: { text: "<b>agent offline</b>", delegation_id: "d2" },
  created_at: ago(30_000),
};

beforeEach(() => {
  stubFetch(() =>
    jsonResponse(200, [
      failure,
      delegation("d2", 1, "failed", "Check the numbers"),
      delegation("d1", 5, "completed", "Scope the research"),
    ]),
  );
  useTopologyStore.setState({
    isOn: true,
    windowMs: 3_600_000,
    travelAt: null,
    openEdge: { id: `a2a-${LEAD}-${CHILD}`, source: LEAD, target: CHILD },
  });
  usePanelStore.setState({ selectedId: null });
});

describe("EdgeCallsPanel", () => {
  it("lists the edge's calls newest first with status, duration and previews as plain text", async () => {
    renderWithClient(<EdgeCallsPanel />, rows);
    const panel = screen.getByRole("region", { name: "Calls Maya → Theo" });
    const items = await within(panel).findAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent("Check the numbers");
    expect(items[0]).toHaveTextContent("failed");
    expect(items[0]).toHaveTextContent("Error: <b>agent offline</b>");
    expect(items[0]).toHaveTextContent("30.0 s");
    expect(items[1]).toHaveTextContent("Scope the research");
  });

  it("opens the workspace that logged a call in the side panel", async () => {
    renderWithClient(<EdgeCallsPanel />, rows);
    const [first] = await screen.findAllByRole("button", { name: "Open Maya’s activity" });
    await userEvent.click(first!);
    expect(usePanelStore.getState().selectedId).toBe(LEAD);
  });

  it("says so when the moment shown has no calls on the edge, and closes", async () => {
    useTopologyStore.setState({ travelAt: Date.now() - 50 * 60_000 });
    renderWithClient(<EdgeCallsPanel />, rows);
    expect(await screen.findByText("No calls on this edge in the window shown.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Close calls" }));
    expect(useTopologyStore.getState().openEdge).toBeNull();
  });
});
