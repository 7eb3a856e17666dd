import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { makeEvent } from "@/lib/contract";
import { createLiveSession } from "@/lib/ws/live-session";
import { useConnectionStore } from "@/store/connection";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { renderCards, testRow } from "@/test/render-cards";

const NOW = Date.parse("2026-11-23T12:00:00Z");
const secondsAgo = (s: number) => new Date(NOW - s * 1000).toISOString();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval"] });
  vi.setSystemTime(NOW);
  useConnectionStore.setState({ status: "live", lostAt: null });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("WorkspaceNode", () => {
  it("shows the workspace's name, role, status in words, runtime, tier, skills, task and load", () => {
    renderCards([
      testRow({
        id: "pm",
        name: "PM",
        role: "Plans the week",
        runtime: "claude-code",
        tier: 2,
        active_tasks: 1,
        max_concurrent_tasks: 3,
        current_task: "Drafting the roadmap",
        agent_card: {
          name: "PM",
          skills: [
            { id: "plan", name: "Planning" },
            { id: "write", name: "Writing" },
          ],
        },
      }),
    ]);

    const card = screen.getByRole("article", { name: "PM, Online" });
    expect(within(card).getByRole("heading", { name: "PM" })).toBeInTheDocument();
    expect(within(card).getByText("Plans the week")).toBeInTheDocument();
    expect(within(card).getByText("Online")).toBeInTheDocument();
    expect(within(card).getByText("claude-code")).toBeInTheDocument();
    expect(within(card).getByText("T2")).toBeInTheDocument();
    expect(within(card).getByRole("list", { name: "Skills" })).toHaveTextContent("PlanningWriting");
    expect(within(card).getByText("Drafting the roadmap")).toBeInTheDocument();
    expect(within(card).getByText("1/3 task")).toBeInTheDocument();
  });

  it("renders agent-supplied text as text, never as markup", () => {
    const html = '<img src="x" onerror="alert(1)">';
    const { container } = renderCards([
      testRow({ id: "a", name: "A", agent_card: { skills: [{ id: "s", name: html }] }, current_task: html }),
    ]);

    expect(screen.getAllByText(html)).toHaveLength(2);
    expect(container.querySelector("img")).toBeNull();
  });

  it("shows the error sample only while degraded", () => {
    renderCards([
      testRow({ id: "d", name: "Degraded one", status: "degraded", last_sample_error: "rate limited" }),
      testRow({ id: "o", name: "Online one", last_sample_error: "old error" }),
    ]);

    expect(screen.getByRole("article", { name: "Degraded one, Degraded" })).toHaveTextContent("rate limited");
    expect(screen.queryByText("old error")).not.toBeInTheDocument();
  });

  it("shows the current provisioning step and the time since the server started it", () => {
    renderCards([
      testRow({
        id: "p",
        name: "New",
        status: "provisioning",
        provisioning: {
          started_at: secondsAgo(65),
          step: "install",
          steps: [
            { id: "boot", label: "Booting", state: "done" },
            { id: "install", label: "Installing packages", state: "active" },
          ],
        },
      }),
    ]);

    const card = screen.getByRole("article", { name: "New, Starting" });
    expect(card).toHaveTextContent("Installing packages · 1 min 5 s");
    expect(card).not.toHaveTextContent("Taking longer than usual");
  });

  it("says it is taking longer than usual only past the threshold and only while live", () => {
    const slow = testRow({ id: "s", name: "Slow", status: "provisioning", updated_at: secondsAgo(119) });
    renderCards([slow]);
    expect(screen.queryByText("Taking longer than usual")).not.toBeInTheDocument();

    act(() => vi.advanceTimersByTime(2000));
    expect(screen.getByText("Taking longer than usual")).toBeInTheDocument();

    act(() => useConnectionStore.setState({ status: "reconnecting" }));
    expect(screen.queryByText("Taking longer than usual")).not.toBeInTheDocument();
  });

  it("offers Retry only when provisioning failed, and Retry restarts the workspace", async () => {
    vi.useRealTimers();
    const fetchMock = stubFetch(() => jsonResponse(200, { status: "provisioning" }));
    renderCards([
      testRow({ id: "f", name: "Broken", status: "failed", last_sample_error: "image pull failed" }),
      testRow({ id: "p", name: "Starting", status: "provisioning" }),
    ]);

    expect(screen.getAllByRole("button", { name: "Retry" })).toHaveLength(1);
    expect(screen.getByRole("article", { name: "Broken, Failed" })).toHaveTextContent("image pull failed");
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));

    expect(String(fetchMock.mock.calls[0]?.[0])).toMatch(/\/workspaces\/f\/restart$/);
    expect(fetchMock.mock.calls[0]?.[1]?.method).toBe("POST");
  });

  it("re-renders only the card whose workspace changed when a status event arrives", async () => {
    const { client, renders } = renderCards([
      testRow({ id: "a" }),
      testRow({ id: "b" }),
      testRow({ id: "c" }),
    ]);
    const session = createLiveSession(client, { schedule: (flush) => flush() });
    session.start();
    const before = new Map(renders);

    await act(async () => session.hub.emitEvent(makeEvent("WORKSPACE_OFFLINE", "b", {})));

    expect(await screen.findByRole("article", { name: "b, Offline" })).toBeInTheDocument();
    const after = (id: string) => (renders.get(id) ?? 0) - (before.get(id) ?? 0);
    expect([after("a"), after("b"), after("c")]).toEqual([0, 1, 0]);
  });
});
