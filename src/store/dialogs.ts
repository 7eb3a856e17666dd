import { create } from "zustand";

/** Where a new workspace goes: a parent team and a flow-space position, both optional. */
export type CreateTarget = { parentId?: string | null; position?: { x: number; y: number } };

/** A context menu anchored at screen coordinates for one workspace. */
export type ContextMenuTarget = { workspaceId: string; x: number; y: number };

type DialogsState = {
  create: CreateTarget | null;
  /** Workspaces the user asked to delete; empty when the delete dialog is closed. */
  deleteIds: readonly string[];
  contextMenu: ContextMenuTarget | null;
  isPaletteOpen: boolean;
  isHelpOpen: boolean;
  openCreate(target?: CreateTarget): void;
  openDelete(ids: readonly string[]): void;
  openContextMenu(target: ContextMenuTarget): void;
  openPalette(): void;
  togglePalette(): void;
  openHelp(): void;
  closeCreate(): void;
  closeDelete(): void;
  closeContextMenu(): void;
  closePalette(): void;
  closeHelp(): void;
  /** Only one overlay at a time: opening one closes the rest, and Esc-from-canvas closes all. */
  closeAll(): void;
};

const closed = {
  create: null,
  deleteIds: [],
  contextMenu: null,
  isPaletteOpen: false,
  isHelpOpen: false,
} satisfies Partial<DialogsState>;

export const useDialogsStore = create<DialogsState>()((set) => ({
  ...closed,
  openCreate: (target = {}) => set({ ...closed, create: target }),
  openDelete: (ids) => set(ids.length > 0 ? { ...closed, deleteIds: ids } : {}),
  openContextMenu: (target) => set({ ...closed, contextMenu: target }),
  openPalette: () => set({ ...closed, isPaletteOpen: true }),
  togglePalette: () => set((s) => ({ ...closed, isPaletteOpen: !s.isPaletteOpen })),
  openHelp: () => set({ ...closed, isHelpOpen: true }),
  closeCreate: () => set({ create: null }),
  closeDelete: () => set({ deleteIds: [] }),
  closeContextMenu: () => set({ contextMenu: null }),
  closePalette: () => set({ isPaletteOpen: false }),
  closeHelp: () => set({ isHelpOpen: false }),
  closeAll: () => set(closed),
}));

/** Selector: whether any dialog or menu is open, so canvas shortcuts can stand aside. */
export const selectIsAnyOverlayOpen = (s: DialogsState) =>
  s.create !== null || s.deleteIds.length > 0 || s.contextMenu !== null || s.isPaletteOpen || s.isHelpOpen;
