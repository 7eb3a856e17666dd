import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PANEL_MAX_WIDTH, PANEL_MIN_WIDTH, usePanelStore } from "@/store/panel";
import { PanelResizeHandle } from "./panel-resize-handle";

beforeEach(() => {
  localStorage.clear();
  usePanelStore.setState({ width: 384 });
});

describe("PanelResizeHandle", () => {
  it("is a focusable separator whose arrow keys change the width within its bounds", async () => {
    render(<PanelResizeHandle controls="panel" />);
    const user = userEvent.setup();
    const handle = screen.getByRole("separator", { name: "Resize panel" });
    expect(handle).toHaveAttribute("aria-valuemin", String(PANEL_MIN_WIDTH));
    expect(handle).toHaveAttribute("aria-valuemax", String(PANEL_MAX_WIDTH));

    await user.tab();
    expect(handle).toHaveFocus();
    await user.keyboard("{ArrowLeft}");
    expect(handle).toHaveAttribute("aria-valuenow", "400");
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(handle).toHaveAttribute("aria-valuenow", "368");
    await user.keyboard("{End}{ArrowLeft}");
    expect(handle).toHaveAttribute("aria-valuenow", String(PANEL_MAX_WIDTH));
    await user.keyboard("{Home}{ArrowRight}");
    expect(handle).toHaveAttribute("aria-valuenow", String(PANEL_MIN_WIDTH));
  });

  it("remembers the width across visits", async () => {
    const { unmount } = render(<PanelResizeHandle controls="panel" />);
    const user = userEvent.setup();
    await user.tab();
    await user.keyboard("{Shift>}{ArrowLeft}{/Shift}");
    const stored = localStorage.getItem("molecule-panel") ?? "{}";
    expect(JSON.parse(stored)).toMatchObject({ state: { width: 448 } });
    unmount();

    // A new visit: the store starts at its default and reads the stored width back.
    usePanelStore.setState({ width: 384 });
    localStorage.setItem("molecule-panel", stored);
    await usePanelStore.persist.rehydrate();
    render(<PanelResizeHandle controls="panel" />);
    expect(await screen.findByRole("separator", { name: "Resize panel" })).toHaveAttribute(
      "aria-valuenow",
      "448",
    );
  });

  it("ignores a stored width outside the bounds", async () => {
    localStorage.setItem("molecule-panel", JSON.stringify({ state: { width: 5000 }, version: 0 }));
    await usePanelStore.persist.rehydrate();
    render(<PanelResizeHandle controls="panel" />);
    expect(await screen.findByRole("separator")).toHaveAttribute("aria-valuenow", String(PANEL_MAX_WIDTH));
  });
});
