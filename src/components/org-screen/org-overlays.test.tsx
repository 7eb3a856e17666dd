import { act, screen, waitFor } from "@testing-library/react";
import { renderWithClient, row } from "@/test/render-with-client";
import { useDialogsStore } from "@/store/dialogs";
import { useToastStore } from "@/store/toasts";
import { OrgOverlays } from "./org-overlays";

/** The first import of an overlay's module is transformed on demand, which can outlast findBy's default second. */
const LOADED = { timeout: 5_000 };

const pm = row({ id: "3f6c1a2e-8b1d-4c55-9a7e-2f0d9b1c4e10", name: "PM" });

// Stores reset before each test: resetting after would update still-mounted components.
beforeEach(() => {
  useDialogsStore.getState().closeAll();
  useToastStore.setState({ toasts: [] });
});

describe("OrgOverlays", () => {
  it("mounts nothing while no overlay is open", () => {
    renderWithClient(<OrgOverlays />, [pm]);

    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Notifications" })).not.toBeInTheDocument();
  });

  it("loads each overlay when the store opens it", async () => {
    renderWithClient(<OrgOverlays />, [pm]);

    act(() => useDialogsStore.getState().openPalette());
    expect(await screen.findByRole("dialog", { name: "Command palette" }, LOADED)).toBeInTheDocument();
    act(() => useDialogsStore.getState().openContextMenu({ workspaceId: pm.id, x: 10, y: 10 }));
    expect(await screen.findByRole("menu", { name: "Actions for PM" }, LOADED)).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    act(() => useDialogsStore.getState().openDelete([pm.id]));
    expect(await screen.findByRole("alertdialog", { name: "Delete PM?" }, LOADED)).toBeInTheDocument();
  });

  it("shows the toaster once there is a toast", async () => {
    renderWithClient(<OrgOverlays />, [pm]);

    act(() => {
      useToastStore.getState().show({ kind: "success", title: "Imported Research" });
    });

    await waitFor(
      () =>
        expect(screen.getByRole("region", { name: "Notifications" })).toHaveTextContent("Imported Research"),
      LOADED,
    );
  });
});
