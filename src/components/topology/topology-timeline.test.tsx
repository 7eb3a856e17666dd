import { fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { renderWithClient } from "@/test/render-with-client";
import { useTopologyStore } from "@/store/topology";
import { TopologyTimeline } from "./topology-timeline";

const HOUR = 3_600_000;

beforeEach(() => {
  stubFetch(() => jsonResponse(200, []));
  useTopologyStore.setState({
    isOn: true,
    windowMs: HOUR,
    showChats: false,
    travelAt: null,
    isPlaying: false,
  });
});

describe("TopologyTimeline", () => {
  it("is live until scrubbed, then shows the chosen moment and offers the way back", async () => {
    renderWithClient(<TopologyTimeline />);
    const slider = screen.getByRole("slider", { name: "Moment shown" });
    expect(slider).toHaveAttribute("aria-valuetext", "Live");
    const max = Number(slider.getAttribute("max"));
    fireEvent.change(slider, { target: { value: String(max - 30 * 60_000) } });
    expect(useTopologyStore.getState().travelAt).toBe(max - 30 * 60_000);
    expect(slider.getAttribute("aria-valuetext")).toMatch(/30 min ago$/);
    await userEvent.click(screen.getByRole("button", { name: "Back to live" }));
    expect(useTopologyStore.getState().travelAt).toBeNull();
  });

  it("replays from the window's start and pauses", async () => {
    renderWithClient(<TopologyTimeline />);
    const min = Number(screen.getByRole("slider", { name: "Moment shown" }).getAttribute("min"));
    await userEvent.click(screen.getByRole("button", { name: "Replay the window" }));
    expect(useTopologyStore.getState()).toMatchObject({ isPlaying: true });
    expect(useTopologyStore.getState().travelAt).toBeGreaterThanOrEqual(min);
    await userEvent.click(screen.getByRole("button", { name: "Pause replay" }));
    expect(useTopologyStore.getState().isPlaying).toBe(false);
  });

  it("draws nothing while the overlay is off", () => {
    useTopologyStore.setState({ isOn: false });
    renderWithClient(<TopologyTimeline />);
    expect(screen.queryByRole("slider")).not.toBeInTheDocument();
  });
});
