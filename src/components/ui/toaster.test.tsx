import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useToastStore, type ToastInput } from "@/store/toasts";
import { Toaster } from "./toaster";

const notifications = () => screen.getByRole("region", { name: "Notifications" });

function show(toast: ToastInput) {
  act(() => {
    useToastStore.getState().show(toast);
  });
}

// Stores reset before each test: resetting after would update still-mounted components.
beforeEach(() => {
  useToastStore.setState({ toasts: [] });
});
afterEach(() => vi.useRealTimers());

describe("Toaster", () => {
  it("shows a toast in the Notifications region and announces errors assertively", async () => {
    // Radix fills its live region two frames after a toast appears and empties it a second later.
    vi.useFakeTimers();
    render(<Toaster />);

    show({ kind: "error", title: "Export failed", message: "It timed out." });
    await act(() => vi.advanceTimersByTimeAsync(100));

    expect(within(notifications()).getByText("Export failed")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(/Export failed.*It timed out\./);
    expect(screen.getByRole("status")).toHaveAttribute("aria-live", "assertive");
  });

  it("announces other toasts politely", async () => {
    vi.useFakeTimers();
    render(<Toaster />);

    show({ kind: "success", title: "Imported Research" });
    await act(() => vi.advanceTimersByTimeAsync(100));

    expect(screen.getByRole("status")).toHaveTextContent("Imported Research");
    expect(screen.getByRole("status")).toHaveAttribute("aria-live", "polite");
  });

  it("runs the action once and dismisses the toast", async () => {
    const onUndo = vi.fn();
    render(<Toaster />);
    act(() => {
      useToastStore.getState().show({
        kind: "success",
        title: "Workspace deleted",
        action: { label: "Undo", onClick: onUndo },
      });
    });

    await userEvent.setup().click(await screen.findByRole("button", { name: "Undo" }));

    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(within(notifications()).queryByText("Workspace deleted")).not.toBeInTheDocument();
    expect(useToastStore.getState().toasts).toEqual([]);
  });

  it("dismisses a toast with its labelled close button", async () => {
    render(<Toaster />);
    act(() => {
      useToastStore.getState().show({ kind: "info", title: "Saved" });
    });

    await userEvent.setup().click(await screen.findByRole("button", { name: "Dismiss: Saved" }));

    expect(within(notifications()).queryByText("Saved")).not.toBeInTheDocument();
  });

  it("keeps an error longer than a success before timing them out", async () => {
    vi.useFakeTimers();
    render(<Toaster />);
    act(() => {
      useToastStore.getState().show({ kind: "success", title: "Done" });
      useToastStore.getState().show({ kind: "error", title: "Broke" });
    });
    await act(() => vi.advanceTimersByTimeAsync(0));

    await act(() => vi.advanceTimersByTimeAsync(6_000));
    expect(useToastStore.getState().toasts.map((t) => t.title)).toEqual(["Broke"]);
    await act(() => vi.advanceTimersByTimeAsync(7_000));
    expect(useToastStore.getState().toasts).toEqual([]);
  });
});
