import { comboLabels, shortcutFor } from "./shortcuts";

const key = (
  k: string,
  mods: Partial<Record<"ctrlKey" | "metaKey" | "shiftKey" | "altKey", boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe("shortcuts", () => {
  it("opens the palette with Ctrl+K or Cmd+K, but not with K alone", () => {
    expect(shortcutFor(key("k", { ctrlKey: true }))).toBe("palette");
    expect(shortcutFor(key("K", { metaKey: true }))).toBe("palette");
    expect(shortcutFor(key("k"))).toBeUndefined();
  });

  it("tells undo from redo by Shift", () => {
    expect(shortcutFor(key("z", { ctrlKey: true }))).toBe("undo");
    expect(shortcutFor(key("Z", { ctrlKey: true, shiftKey: true }))).toBe("redo");
    expect(shortcutFor(key("y", { metaKey: true }))).toBe("redo");
  });

  it("accepts both the menu key and Shift+F10 for the context menu", () => {
    expect(shortcutFor(key("ContextMenu"))).toBe("context-menu");
    expect(shortcutFor(key("F10", { shiftKey: true }))).toBe("context-menu");
    expect(shortcutFor(key("F10"))).toBeUndefined();
  });

  it("matches ? whichever way the layout produces it", () => {
    expect(shortcutFor(key("?", { shiftKey: true }))).toBe("help");
  });

  it("prints keys for the platform", () => {
    expect(comboLabels({ key: "k", mod: true }, true)).toEqual(["⌘", "K"]);
    expect(comboLabels({ key: "z", mod: true, shift: true }, false)).toEqual(["Ctrl", "Shift", "Z"]);
    expect(comboLabels({ key: "ArrowUp" }, false)).toEqual(["↑"]);
    expect(comboLabels({ key: "ContextMenu" }, false)).toEqual(["Menu"]);
  });
});
