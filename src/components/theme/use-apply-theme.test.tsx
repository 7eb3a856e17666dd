import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import { THEME_STORAGE_KEY, useThemeStore } from "@/store/theme";
import { useApplyTheme } from "./use-apply-theme";

function ThemedPage() {
  useApplyTheme();
  return <ThemeToggle />;
}

afterEach(() => {
  cleanup(); // Unmount first so resetting the store does not re-render a finished test.
  useThemeStore.setState({ preference: "system" });
  localStorage.clear();
  document.documentElement.removeAttribute("data-theme");
});

describe("useApplyTheme with the theme toggle", () => {
  it("applies a chosen theme to the document and remembers it", async () => {
    const user = userEvent.setup();
    render(<ThemedPage />);
    expect(screen.getByRole("radio", { name: "System" })).toBeChecked();

    await user.click(screen.getByRole("radio", { name: "Dark" }));

    expect(screen.getByRole("radio", { name: "Dark" })).toBeChecked();
    expect(document.documentElement).toHaveAttribute("data-theme", "dark");
    expect(JSON.parse(localStorage.getItem(THEME_STORAGE_KEY) ?? "{}")).toMatchObject({
      state: { preference: "dark" },
    });
  });

  it("restores a remembered choice after mount", async () => {
    localStorage.setItem(THEME_STORAGE_KEY, JSON.stringify({ state: { preference: "light" }, version: 0 }));

    render(<ThemedPage />);

    expect(await screen.findByRole("radio", { name: "Light" })).toBeChecked();
    expect(document.documentElement).toHaveAttribute("data-theme", "light");
  });

  it("is operable from the keyboard", async () => {
    const user = userEvent.setup();
    render(<ThemedPage />);

    await user.tab();
    expect(screen.getByRole("radio", { name: "System" })).toHaveFocus();
    await user.keyboard("{ArrowRight}");

    expect(screen.getByRole("radio", { name: "Light" })).toBeChecked();
    expect(document.documentElement).toHaveAttribute("data-theme", "light");
  });
});
