import { readFileSync } from "node:fs";
import path from "node:path";

const css = readFileSync(path.join(import.meta.dirname, "globals.css"), "utf8");

function between(start: string, end: string, from = 0): string {
  const at = css.indexOf(start, from);
  if (at < 0) throw new Error(`no ${start} in globals.css`);
  return css.slice(at, css.indexOf(end, at + start.length));
}

function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1], m[2]]));
}

// The light tokens sit directly in `:root`, the dark ones in its one `dark-palette` block.
const palettes = {
  light: tokens(between(":root {", "@variant dark-palette")),
  dark: tokens(between("@variant dark-palette {", "}")),
};

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

// Text pairs the components use (4.5:1), then borders and focus rings (3:1).
const textPairs = [
  ["fg", "bg"],
  ["fg", "surface"],
  ["muted", "bg"],
  ["muted", "surface"],
  ["accent-fg", "accent"],
  ["accent", "bg"],
  ["danger", "surface"],
  ["danger", "bg"],
] as const;
const uiPairs = [
  ["border", "bg"],
  ["border", "surface"],
  ["focus", "bg"],
  ["focus", "surface"],
] as const;

describe.each(["light", "dark"] as const)("the %s theme", (name) => {
  const theme = palettes[name];
  const color = (token: string) => theme[token] ?? "";

  it.each(textPairs)("keeps %s on %s at WCAG AA for text", (fg, bg) => {
    expect(contrast(color(fg), color(bg))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(uiPairs)("keeps %s against %s at 3:1 for controls", (fg, bg) => {
    expect(contrast(color(fg), color(bg))).toBeGreaterThanOrEqual(3);
  });
});

describe("the dark palette", () => {
  it("gives every token a dark value", () => {
    expect(Object.keys(palettes.dark).sort()).toEqual(Object.keys(palettes.light).sort());
  });

  it("applies when chosen and, unless light was chosen, when the system prefers dark", () => {
    const variant = between("@custom-variant dark-palette {", "\n}\n");
    expect(variant).toContain('&[data-theme="dark"]');
    expect(variant).toMatch(/@media \(prefers-color-scheme: dark\) \{\s*&:not\(\[data-theme="light"\]\)/);
  });
});
