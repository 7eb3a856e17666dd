import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Popover } from "./popover";

function Harness() {
  return (
    <>
      <Popover label="Inbox" trigger={<button type="button">Open inbox</button>}>
        <button type="button">First</button>
        <button type="button">Last</button>
      </Popover>
      <p>Elsewhere</p>
    </>
  );
}

describe("Popover", () => {
  it("opens a dialog named by its label and leaves focus on the button", async () => {
    render(<Harness />);
    const opener = screen.getByRole("button", { name: "Open inbox" });
    await userEvent.setup().click(opener);

    expect(await screen.findByRole("dialog", { name: "Inbox" })).toBeInTheDocument();
    expect(opener).toHaveAttribute("aria-expanded", "true");
    expect(opener).toHaveFocus();
  });

  it("is next in tab order after its button and hands focus back to it on Escape", async () => {
    render(<Harness />);
    const user = userEvent.setup();
    const opener = screen.getByRole("button", { name: "Open inbox" });
    await user.click(opener);
    await screen.findByRole("dialog", { name: "Inbox" });

    await user.tab();
    expect(screen.getByRole("button", { name: "First" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(opener).toHaveAttribute("aria-expanded", "false");
  });

  it("closes on a click outside and on a second click of its button", async () => {
    render(<Harness />);
    const user = userEvent.setup();
    const opener = screen.getByRole("button", { name: "Open inbox" });

    await user.click(opener);
    await user.click(screen.getByText("Elsewhere"));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    await user.click(opener);
    await user.click(opener);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});
