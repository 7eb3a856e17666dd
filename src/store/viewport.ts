import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import type { Viewport } from "@/lib/contract";

export const VIEWPORT_STORAGE_KEY = "molecule-viewport";

type ViewportState = {
  /** This browser's last pan and zoom; null until the user has moved the view here. */
  viewport: Viewport | null;
  /** The user finished panning or zooming. */
  remember(viewport: Viewport): void;
};

/** The view per browser (zustand persist), so each person keeps their own pan and zoom. */
export const useViewportStore = create<ViewportState>()(
  persist(
    (set) => ({
      viewport: null,
      remember: (viewport) => set({ viewport }),
    }),
    {
      name: VIEWPORT_STORAGE_KEY,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ viewport: state.viewport }),
    },
  ),
);
