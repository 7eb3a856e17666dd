import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithClient, row } from "@/test/render-with-client";
import { useCanvasCommandsStore } from "@/store/canvas-commands";
import { useDialogsStore } from "@/store/dialogs";
import { usePanelStore } from "@/store/panel";
import { useSelectionStore } from "@/store/selection";
import { CommandPalette } from "./command-palette";
import { HelpSheet } from "./help-sheet";
import { useGlobalShortcuts } from "./use-global-shortcuts";

function GlobalShortcuts() {
  useGlobalShortcuts();
  return null;
}

const priya = row({
  id: "703ba005-c1d3-4798-8a4f-059514de6e9e",
  name: "Priya Raman",
  role: "Market researcher",
});
const lena = row({ id: "c153d55a-92ad-4a6c-b909-0741656333c3", name: "Lena Park", role: "Fact checker" });

function renderPalette() {
  return renderWithClient(
    <>
      <GlobalShortcuts />
      <CommandPalette />
      <HelpSheet />
    </>,
    [priya, lena],
  );
}

// Stores reset before each test: resetting after would update still-mounted components.
beforeEach(() => {
  useDialogsStore.getState().closeAll();
  useSelectionStore.getState().clear();
  usePanelStore.getState().close();
});

const options = () =>
  within(screen.getByRole("listbox"))
    .queryAllByRole("option")
    .map((o) => o.textContent);

describe("CommandPalette", () => {
  it("opens with Ctrl+K and filters workspaces by name", async () => {
    renderPalette();
    const user = userEvent.setup();

    await user.keyboard("{Control>}k{/Control}");
    await user.keyboard("pri");

    expect(options()).toEqual(["Priya RamanOnline"]);
  });

  it("jumps to a workspace: focuses its card, selects it and opens its panel", async () => {
    renderPalette();
    const user = userEvent.setup();

    await user.keyboard("{Control>}k{/Control}");
    await user.keyboard("lena{Enter}");

    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(useCanvasCommandsStore.getState().pending).toMatchObject({ kind: "focus", workspaceId: lena.id });
    expect(useSelectionStore.getState().selectedIds).toEqual([lena.id]);
    expect(usePanelStore.getState().selectedId).toBe(lena.id);
  });

  it("runs an action chosen with the keyboard", async () => {
    renderPalette();
    const user = userEvent.setup();

    await user.keyboard("{Control>}k{/Control}");
    await user.keyboard("fit{Enter}");

    expect(useCanvasCommandsStore.getState().pending).toMatchObject({ kind: "fit-view" });
  });

  it("offers lifecycle actions only for the selection", async () => {
    useSelectionStore.getState().select(priya.id);
    renderPalette();
    const user = userEvent.setup();

    await user.keyboard("{Control>}k{/Control}");
    await user.keyboard("priya r");

    expect(options()).toEqual(
      expect.arrayContaining(["Restart Priya Raman", "Pause Priya Raman", "Open details of Priya Raman"]),
    );
    expect(options()).not.toContain("Resume Priya Raman");
  });

  it("lists every shortcut in the help sheet", async () => {
    renderPalette();
    const user = userEvent.setup();

    await user.keyboard("?");

    const sheet = screen.getByRole("dialog", { name: "Keyboard shortcuts" });
    expect(within(sheet).getByText("Open the command palette")).toBeInTheDocument();
    expect(within(sheet).getByText("Open the card's menu")).toBeInTheDocument();
  });
});
