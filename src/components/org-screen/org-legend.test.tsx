import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useTopologyStore } from "@/store/topology";
import { OrgLegend } from "./org-legend";

beforeEach(() => useTopologyStore.setState({ isLegendOpen: false }));

describe("OrgLegend", () => {
  it("opens from the keyboard to explain statuses and edges, and remembers it is open", async () => {
    const user = userEvent.setup();
    const view = render(<OrgLegend />);
    const toggle = screen.getByRole("button", { name: "Legend" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByText("Online")).toBeNull();

    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByText("Online")).toBeVisible();
    expect(screen.getByText("Failed")).toBeVisible();
    expect(screen.getByText("Many calls")).toBeVisible();
    expect(screen.getByText("Not allowed by the hierarchy")).toBeVisible();

    view.unmount();
    render(<OrgLegend />);
    expect(screen.getByRole("button", { name: "Legend" })).toHaveAttribute("aria-expanded", "true");
    expect(JSON.parse(localStorage.getItem("molecule-topology")!).state.isLegendOpen).toBe(true);
  });
});
