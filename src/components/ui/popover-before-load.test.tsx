import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Popover } from "./popover";

// The panel's code (Radix) arrives only when the test lets it, as on a slow network.
const panelCode = vi.hoisted(() => {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { arrived, arrive };
});
vi.mock("./popover-panel", async (importOriginal) => {
  await panelCode.arrived;
  return importOriginal();
});

describe("Popover before its panel's code has arrived", () => {
  it("is a plain button that closes on Escape or a click elsewhere, and opens on a click once the code is in", async () => {
    render(
      <>
        <Popover label="Inbox" trigger={<button type="button">Open inbox</button>}>
          <button type="button">First</button>
        </Popover>
        <p>Elsewhere</p>
      </>,
    );
    const user = userEvent.setup();
    const opener = screen.getByRole("button", { name: "Open inbox" });
    expect(opener).toHaveAttribute("aria-haspopup", "dialog");
    expect(opener).toHaveAttribute("aria-expanded", "false");

    await user.click(opener);
    expect(opener).toHaveAttribute("aria-expanded", "true");
    await user.keyboard("{Escape}");
    expect(opener).toHaveAttribute("aria-expanded", "false");

    await user.click(opener);
    await user.click(screen.getByText("Elsewhere"));
    expect(opener).toHaveAttribute("aria-expanded", "false");

    await user.click(opener);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    await act(async () => panelCode.arrive());
    expect(await screen.findByRole("dialog", { name: "Inbox" })).toBeInTheDocument();
    expect(opener).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });
});
