import { create } from "zustand";

type SelectionState = {
  /** Selected workspace ids, in the order they were picked. */
  selectedIds: readonly string[];
  /** The user picked one workspace: it becomes the whole selection. */
  select(id: string): void;
  /** The user picked several at once (a selection box). */
  selectMany(ids: readonly string[]): void;
  /** Shift-click: add the workspace, or take it out if it was in. */
  toggle(id: string): void;
  clear(): void;
  /** The workspaces are gone; drop them from the selection. */
  forget(ids: readonly string[]): void;
};

const NONE: readonly string[] = [];

/** Which cards are selected; the canvas draws it and the panel, palette and keyboard act on it. */
export const useSelectionStore = create<SelectionState>()((set) => ({
  selectedIds: NONE,
  select: (id) =>
    set((s) => (s.selectedIds.length === 1 && s.selectedIds[0] === id ? s : { selectedIds: [id] })),
  selectMany: (ids) => set({ selectedIds: ids.length === 0 ? NONE : [...new Set(ids)] }),
  toggle: (id) =>
    set((s) => ({
      selectedIds: s.selectedIds.includes(id)
        ? s.selectedIds.filter((x) => x !== id)
        : [...s.selectedIds, id],
    })),
  clear: () => set((s) => (s.selectedIds.length === 0 ? s : { selectedIds: NONE })),
  forget: (ids) =>
    set((s) => {
      const gone = new Set(ids);
      return s.selectedIds.some((id) => gone.has(id))
        ? { selectedIds: s.selectedIds.filter((id) => !gone.has(id)) }
        : s;
    }),
}));
