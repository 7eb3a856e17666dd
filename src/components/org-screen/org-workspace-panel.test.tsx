import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { renderWithClient, routes, row } from "@/test/render-with-client";
import { workspaceQueries } from "@/lib/api/workspaces";
import { usePanelStore } from "@/store/panel";
import { useUndoStore } from "@/store/undo";
import { OrgWorkspacePanel } from "./org-workspace-panel";

const PM = row({ id: "3f6c1a2e-8b1d-4c55-9a7e-2f0d9b1c4e10", name: "PM", role: "Plans" });

beforeEach(() => {
  usePanelStore.setState({ selectedId: PM.id, tab: "details" });
  useUndoStore.getState().forget();
});

const detail = { method: "GET", path: /^\/workspaces\/[^/]+$/, reply: () => jsonResponse(200, PM) };

describe("OrgWorkspacePanel", () => {
  it("keeps the unsaved name and says why when the save fails", async () => {
    stubFetch(
      routes(detail, {
        method: "PATCH",
        path: /^\/workspaces\//,
        reply: () => jsonResponse(500, { error: "query failed" }),
      }),
    );
    const { client } = renderWithClient(<OrgWorkspacePanel />, [PM]);
    const user = userEvent.setup();

    const name = await screen.findByRole("textbox", { name: "Name" });
    await user.clear(name);
    await user.type(name, "Product lead");
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByRole("alert")).toHaveTextContent(/platform had a problem.*changes are kept/i);
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveValue("Product lead");
    expect(client.getQueryData(workspaceQueries.list().queryKey)?.[0]?.name).toBe("PM");
  });

  it("rejects a name with forbidden characters without sending it", async () => {
    const fetchMock = stubFetch(routes(detail));
    renderWithClient(<OrgWorkspacePanel />, [PM]);
    const user = userEvent.setup();

    await user.type(await screen.findByRole("textbox", { name: "Name" }), "a|b");
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(screen.getByRole("textbox", { name: "Name" })).toHaveAccessibleDescription(
      "Name contains invalid characters.",
    );
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === "PATCH")).toBe(false);
  });

  it("records a saved rename as an undo entry", async () => {
    stubFetch(
      routes(detail, {
        method: "PATCH",
        path: /^\/workspaces\//,
        reply: () => jsonResponse(200, { status: "updated" }),
      }),
    );
    renderWithClient(<OrgWorkspacePanel />, [PM]);
    const user = userEvent.setup();

    const name = await screen.findByRole("textbox", { name: "Name" });
    await user.clear(name);
    await user.type(name, "Lead");
    await user.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() =>
      expect(useUndoStore.getState().stack.past.map((e) => e.label)).toEqual(["Rename PM to Lead"]),
    );
  });

  it("renders agent-supplied text inert", async () => {
    const evil = row({
      ...PM,
      agent_card: { name: "<img src=x onerror=alert(1)>", skills: [{ id: "s", name: "<b>bold</b>" }] },
    });
    stubFetch(routes(detail));
    renderWithClient(<OrgWorkspacePanel />, [evil]);
    const user = userEvent.setup();

    await user.click(screen.getByRole("tab", { name: "Agent card" }));

    const panel = screen.getByRole("tabpanel");
    expect(await within(panel).findByText("<b>bold</b>")).toBeInTheDocument();
    expect(panel.querySelector("img, b")).toBeNull();
  });

  it("closes on Escape", async () => {
    stubFetch(routes(detail));
    renderWithClient(<OrgWorkspacePanel />, [PM]);
    const user = userEvent.setup();

    await user.click(screen.getByRole("tab", { name: "Details" }));
    await user.keyboard("{Escape}");

    expect(usePanelStore.getState().selectedId).toBeNull();
  });

  it("expands over the chart keeping the draft, and Escape steps back before it closes", async () => {
    stubFetch(routes(detail));
    renderWithClient(<OrgWorkspacePanel />, [PM]);
    const user = userEvent.setup();
    const name = await screen.findByRole("textbox", { name: "Name" });
    await user.clear(name);
    await user.type(name, "Draft name");

    const expand = screen.getByRole("button", { name: "Expand panel over the chart" });
    await user.click(expand);

    expect(expand).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveValue("Draft name");
    await user.keyboard("{Escape}");
    expect(expand).toHaveAttribute("aria-pressed", "false");
    expect(usePanelStore.getState().selectedId).toBe(PM.id);
    await user.keyboard("{Escape}");
    expect(usePanelStore.getState().selectedId).toBeNull();
  });
});
