import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

export type ThemePreference = "system" | "light" | "dark";
export const THEME_PREFERENCES: readonly ThemePreference[] = ["system", "light", "dark"];

/** localStorage key; the pre-paint script in the layout reads the same entry. */
export const THEME_STORAGE_KEY = "molecule-theme";

type ThemeState = {
  preference: ThemePreference;
  choose(preference: ThemePreference): void;
};

export const useThemeStore = create<ThemeState>()(
  persist(
    (set) => ({
      preference: "system",
      choose: (preference) => set({ preference }),
    }),
    {
      name: THEME_STORAGE_KEY,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ preference: state.preference }),
      // Rehydrated after mount, so the first client render matches the server's HTML.
      skipHydration: true,
    },
  ),
);

/** The theme actually shown for a preference, given whether the system asks for dark. */
export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): "light" | "dark" {
  if (preference === "system") return systemPrefersDark ? "dark" : "light";
  return preference;
}
