"use client";

import { useEffect } from "react";
import { resolveTheme, useThemeStore } from "@/store/theme";

const DARK_QUERY = "(prefers-color-scheme: dark)";

/** Keeps `data-theme` on <html> in step with the stored preference and the system setting. */
export function useApplyTheme(): void {
  useEffect(() => {
    const media = typeof window.matchMedia === "function" ? window.matchMedia(DARK_QUERY) : null;
    const apply = () => {
      // Before rehydration the store holds the default, which would undo the pre-paint script.
      if (!useThemeStore.persist.hasHydrated()) return;
      const theme = resolveTheme(useThemeStore.getState().preference, media?.matches ?? false);
      document.documentElement.setAttribute("data-theme", theme);
    };
    const unsubscribeStore = useThemeStore.subscribe(apply);
    const unsubscribeHydration = useThemeStore.persist.onFinishHydration(apply);
    media?.addEventListener("change", apply);
    void useThemeStore.persist.rehydrate();
    return () => {
      unsubscribeStore();
      unsubscribeHydration();
      media?.removeEventListener("change", apply);
    };
  }, []);
}
