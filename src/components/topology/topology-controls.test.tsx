import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useTopologyStore } from "@/store/topology";
import { TopologyControls } from "./topology-controls";

beforeEach(() => {
  localStorage.clear();
  useTopologyStore.setState({ isOn: true, windowMs: 3_600_000, showChats: false, isFocusMode: false });
});

describe("TopologyControls", () => {
  it("starts on with the one-hour window chosen", () => {
    render(<TopologyControls />);
    expect(screen.getByRole("button", { name: "A2A edges" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("button", { name: "1 h" })).toHaveAttribute("aria-pressed", "true");
  });

  it("switches the window and remembers it across reloads", async () => {
    render(<TopologyControls />);
    await userEvent.click(screen.getByRole("button", { name: "5 min" }));
    expect(screen.getByRole("button", { name: "5 min" })).toHaveAttribute("aria-pressed", "true");
    expect(JSON.parse(localStorage.getItem("molecule-topology") ?? "{}").state).toMatchObject({
      windowMs: 300_000,
    });
  });

  it("hides the options while the overlay is off, and remembers that it is off", async () => {
    render(<TopologyControls />);
    await userEvent.click(screen.getByRole("button", { name: "A2A edges" }));
    expect(screen.queryByRole("button", { name: "Show my chats" })).not.toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem("molecule-topology") ?? "{}").state).toMatchObject({
      isOn: false,
    });
  });

  it("turns on my chats and focus mode with the keyboard", async () => {
    render(<TopologyControls />);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "Show my chats" })).toHaveAttribute("aria-pressed", "true");
    await userEvent.tab();
    await userEvent.keyboard(" ");
    expect(useTopologyStore.getState().isFocusMode).toBe(true);
  });
});
