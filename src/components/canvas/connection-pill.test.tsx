import { act, render, screen } from "@testing-library/react";
import { useConnectionStore } from "@/store/connection";
import { ConnectionPill } from "./connection-pill";
import { StaleNotice } from "./stale-notice";

beforeEach(() => useConnectionStore.setState({ status: "connecting", lostAt: null }));

describe("ConnectionPill", () => {
  it.each([
    ["live", "Live"],
    ["reconnecting", "Reconnecting"],
    ["offline", "Offline"],
  ] as const)("reads %s as %s in words", (status, label) => {
    useConnectionStore.setState({ status });
    render(<ConnectionPill />);

    expect(screen.getByRole("status", { name: `Live updates: ${label}` })).toHaveTextContent(label);
  });
});

describe("StaleNotice", () => {
  it("says how old the data is while reconnecting and goes away once live again", () => {
    const lostAt = Date.parse("2026-11-23T12:34:56Z");
    const { report } = useConnectionStore.getState();
    act(() => report("live"));
    render(<StaleNotice />);
    expect(screen.queryByText(/Showing data from/)).not.toBeInTheDocument();

    act(() => report("reconnecting", lostAt));
    expect(screen.getByRole("status")).toHaveTextContent(/Showing data from .+, reconnecting/);

    act(() => report("live"));
    expect(screen.queryByText(/Showing data from/)).not.toBeInTheDocument();
  });
});
