import { render, screen } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { useState } from "react";
import { Dialog } from "./dialog";

function Harness() {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setIsOpen(true)}>
        Open
      </button>
      {isOpen ? (
        <Dialog title="Rename" description="Pick a new name." onClose={() => setIsOpen(false)}>
          <input aria-label="Name" />
          <button type="button">Save</button>
        </Dialog>
      ) : null}
    </>
  );
}

describe("Dialog", () => {
  it("is labelled by its title and described by its description", async () => {
    render(<Harness />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Open" }));

    expect(screen.getByRole("dialog", { name: "Rename" })).toHaveAccessibleDescription("Pick a new name.");
  });

  it("keeps Tab inside and hands focus back to the opener on Escape", async () => {
    render(<Harness />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Open" }));

    expect(screen.getByRole("textbox", { name: "Name" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Save" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole("button", { name: "Save" })).toHaveFocus();

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Open" })).toHaveFocus();
  });

  it("closes on a click on the backdrop and hands focus back to the opener", async () => {
    render(<Harness />);
    // The open dialog turns pointer events off outside itself; the backdrop turns them back on in CSS, which jsdom lacks.
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    await user.click(screen.getByRole("button", { name: "Open" }));

    const backdrop = screen.getByRole("dialog").parentElement;
    if (!backdrop) throw new Error("the dialog has no backdrop");
    await user.click(backdrop);

    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Open" })).toHaveFocus();
  });
});
