import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { Tabs } from "./tabs";

const TABS = [
  { id: "details", label: "Details" },
  { id: "chat", label: "Chat" },
  { id: "activity", label: "Activity" },
] as const;

function Harness() {
  const [selected, setSelected] = useState<(typeof TABS)[number]["id"]>("details");
  return (
    <Tabs label="PM sections" tabs={TABS} selected={selected} onSelect={setSelected}>
      <p>{selected} body</p>
    </Tabs>
  );
}

describe("Tabs", () => {
  it("labels the tab list and the panel by its selected tab", () => {
    render(<Harness />);

    expect(screen.getByRole("tablist", { name: "PM sections" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Details" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: "Details" })).toHaveTextContent("details body");
  });

  it("is one tab stop whose arrow keys, Home and End move and select, wrapping at the ends", async () => {
    render(<Harness />);
    const user = userEvent.setup();

    await user.tab();
    expect(screen.getByRole("tab", { name: "Details" })).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Chat" })).toHaveFocus();
    expect(screen.getByRole("tabpanel")).toHaveTextContent("chat body");
    await user.keyboard("{End}");
    expect(screen.getByRole("tabpanel")).toHaveTextContent("activity body");
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Details" })).toHaveFocus();
    expect(screen.getByRole("tabpanel")).toHaveTextContent("details body");
    await user.keyboard("{ArrowLeft}");
    expect(screen.getByRole("tabpanel")).toHaveTextContent("activity body");
    await user.keyboard("{Home}");
    expect(screen.getByRole("tabpanel")).toHaveTextContent("details body");
    await user.tab();
    expect(screen.getByRole("button", { name: "All PM sections" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("tabpanel")).toHaveFocus();
  });

  it("selects a tab on click", async () => {
    render(<Harness />);

    await userEvent.setup().click(screen.getByRole("tab", { name: "Activity" }));

    expect(screen.getByRole("tab", { name: "Activity" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: "Activity" })).toHaveTextContent("activity body");
  });

  it("lists every section in a More menu that opens and selects by keyboard", async () => {
    render(<Harness />);
    const user = userEvent.setup();
    const more = screen.getByRole("button", { name: "All PM sections" });

    more.focus();
    await user.keyboard("{Enter}");
    const menu = screen.getByRole("menu", { name: "PM sections" });
    expect(more).toHaveAttribute("aria-expanded", "true");
    expect(
      within(menu)
        .getAllByRole("menuitem")
        .map((item) => item.textContent),
    ).toEqual(["Details (shown)", "Chat", "Activity"]);
    await user.keyboard("{ArrowDown}{ArrowDown}{Enter}");

    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Activity" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel")).toHaveTextContent("activity body");
    expect(more).toHaveAttribute("aria-expanded", "false");
  });
});
