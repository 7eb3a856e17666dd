import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { renderWithClient, routes, row } from "@/test/render-with-client";
import { useCanvasCommandsStore } from "@/store/canvas-commands";
import { useDialogsStore } from "@/store/dialogs";
import { WorkspaceContextMenu } from "./workspace-context-menu";

const team = row({ id: "11111111-1111-4111-8111-111111111111", name: "Research", status: "online" });
const worker = row({
  id: "22222222-2222-4222-8222-222222222222",
  name: "Priya",
  parent_id: team.id,
  status: "paused",
});
const rows = [team, worker];

function openMenu(workspaceId: string) {
  useDialogsStore.getState().openContextMenu({ workspaceId, x: 10, y: 10 });
  return renderWithClient(<WorkspaceContextMenu />, rows);
}

const itemNames = () =>
  within(screen.getByRole("menu"))
    .getAllByRole("menuitem")
    .map((i) => i.textContent);

// Stores reset before each test: resetting after would update still-mounted components.
beforeEach(() => {
  useDialogsStore.getState().closeAll();
});

describe("WorkspaceContextMenu", () => {
  it("offers restart, pause and the team actions for an online team", () => {
    openMenu(team.id);
    expect(itemNames()).toEqual([
      "Open details",
      "Restart",
      "Pause",
      "Collapse team",
      "Tidy this team",
      "Export as .bundle.json",
      "Duplicate",
      "Delete team…",
    ]);
  });

  it("offers only resume, and no team actions, for a paused single workspace", () => {
    openMenu(worker.id);
    expect(itemNames()).toEqual(["Open details", "Resume", "Export as .bundle.json", "Duplicate", "Delete…"]);
  });

  it("moves with the arrow keys and runs the focused item with Enter", async () => {
    openMenu(team.id);
    const user = userEvent.setup();

    expect(screen.getByRole("menuitem", { name: "Open details" })).toHaveFocus();
    await user.keyboard("{End}");
    expect(screen.getByRole("menuitem", { name: "Delete team…" })).toHaveFocus();
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}");
    expect(screen.getByRole("menuitem", { name: "Collapse team" })).toHaveFocus();
    await user.keyboard("{ArrowDown}{Enter}");

    expect(useCanvasCommandsStore.getState().pending).toMatchObject({ kind: "tidy", teamId: team.id });
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
  });

  it("closes on Escape without doing anything", async () => {
    const fetchMock = stubFetch(() => jsonResponse(500, {}));
    openMenu(team.id);

    await userEvent.setup().keyboard("{Escape}");

    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("hands focus back to the card it opened from when Escape closes it", async () => {
    renderWithClient(
      <>
        <button type="button">Research card</button>
        <WorkspaceContextMenu />
      </>,
      rows,
    );
    const card = screen.getByRole("button", { name: "Research card" });
    card.focus();
    act(() => useDialogsStore.getState().openContextMenu({ workspaceId: team.id, x: 10, y: 10 }));
    expect(screen.getByRole("menuitem", { name: "Open details" })).toHaveFocus();

    await userEvent.setup().keyboard("{Escape}");

    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(card).toHaveFocus();
  });

  it("closes on Tab and moves to an item by its first letter", async () => {
    openMenu(team.id);
    const user = userEvent.setup();

    await user.keyboard("d");
    expect(screen.getByRole("menuitem", { name: "Duplicate" })).toHaveFocus();
    await user.keyboard("{Tab}");

    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
  });

  it("resumes a paused workspace and reports it", async () => {
    const fetchMock = stubFetch(
      routes({
        method: "POST",
        path: /\/resume$/,
        reply: () => jsonResponse(200, { status: "provisioning", resumed_count: 1 }),
      }),
    );
    openMenu(worker.id);

    await userEvent.setup().click(screen.getByRole("menuitem", { name: "Resume" }));

    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    expect(String(fetchMock.mock.calls[0]?.[0])).toContain(`/workspaces/${worker.id}/resume`);
  });
});
