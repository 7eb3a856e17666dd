/** A key plus modifiers; `mod` is Cmd on macOS and Ctrl elsewhere (either is accepted). */
export type KeyCombo = { key: string; mod?: boolean; shift?: boolean };

export type ShortcutId =
  | "palette"
  | "help"
  | "create"
  | "fit-view"
  | "tidy"
  | "delete"
  | "context-menu"
  | "open-details"
  | "move"
  | "undo"
  | "redo"
  | "close";

export type Shortcut = {
  id: ShortcutId;
  /** Any of these combos triggers it; the first is the one shown first. */
  combos: readonly KeyCombo[];
  description: string;
  group: "General" | "Canvas" | "Selected workspace";
};

/** Every keyboard shortcut of the org screen: the help sheet lists these and the key handlers match them. */
export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: "palette",
    combos: [{ key: "k", mod: true }],
    description: "Open the command palette",
    group: "General",
  },
  {
    id: "help",
    combos: [{ key: "?" }],
    description: "Show keyboard shortcuts",
    group: "General",
  },
  {
    id: "close",
    combos: [{ key: "Escape" }],
    description: "Close the open dialog, menu or panel",
    group: "General",
  },
  { id: "undo", combos: [{ key: "z", mod: true }], description: "Undo", group: "General" },
  {
    id: "redo",
    combos: [
      { key: "z", mod: true, shift: true },
      { key: "y", mod: true },
    ],
    description: "Redo",
    group: "General",
  },
  { id: "create", combos: [{ key: "n" }], description: "Create a workspace", group: "Canvas" },
  { id: "fit-view", combos: [{ key: "f" }], description: "Fit the whole org in view", group: "Canvas" },
  { id: "tidy", combos: [{ key: "t", shift: true }], description: "Tidy the org chart", group: "Canvas" },
  {
    id: "open-details",
    combos: [{ key: "Enter" }],
    description: "Open the card's details",
    group: "Selected workspace",
  },
  {
    id: "move",
    combos: [{ key: "ArrowUp" }, { key: "ArrowDown" }, { key: "ArrowLeft" }, { key: "ArrowRight" }],
    description: "Move the card",
    group: "Selected workspace",
  },
  {
    id: "context-menu",
    combos: [{ key: "ContextMenu" }, { key: "F10", shift: true }],
    description: "Open the card's menu",
    group: "Selected workspace",
  },
  {
    id: "delete",
    combos: [{ key: "Delete" }],
    description: "Delete the selected workspaces",
    group: "Selected workspace",
  },
];

type KeyLike = Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey">;

function matchesCombo(event: KeyLike, combo: KeyCombo): boolean {
  const hasMod = event.ctrlKey || event.metaKey;
  if (event.altKey || hasMod !== (combo.mod ?? false)) return false;
  // "?" is itself a shifted key, so only letters and named keys compare Shift.
  const isPrintable = combo.key.length === 1 && !/[a-z]/i.test(combo.key);
  if (!isPrintable && event.shiftKey !== (combo.shift ?? false)) return false;
  return event.key.toLowerCase() === combo.key.toLowerCase();
}

/** The shortcut a key event triggers, if any. */
export function shortcutFor(event: KeyLike): ShortcutId | undefined {
  return SHORTCUTS.find((s) => s.combos.some((combo) => matchesCombo(event, combo)))?.id;
}

const KEY_NAMES: Readonly<Record<string, string>> = {
  ContextMenu: "Menu",
  ArrowUp: "↑",
  ArrowDown: "↓",
  ArrowLeft: "←",
  ArrowRight: "→",
};

/** Key names as printed on keys, e.g. `{key:"k", mod:true}` → ["Ctrl", "K"] (["⌘", "K"] on a Mac). */
export function comboLabels(combo: KeyCombo, isMac: boolean): string[] {
  const labels: string[] = [];
  if (combo.mod) labels.push(isMac ? "⌘" : "Ctrl");
  if (combo.shift) labels.push("Shift");
  labels.push(combo.key.length === 1 ? combo.key.toUpperCase() : (KEY_NAMES[combo.key] ?? combo.key));
  return labels;
}
