import { useSyncExternalStore } from "react";
import { resolveTheme, useThemeStore } from "@/store/theme";

const DARK_QUERY = "(prefers-color-scheme: dark)";

function subscribe(onChange: () => void) {
  const list = window.matchMedia?.(DARK_QUERY);
  list?.addEventListener("change", onChange);
  return () => list?.removeEventListener("change", onChange);
}

/** The theme on screen (the stored choice, or the system's), for React Flow's own colours. */
export function useResolvedTheme(): "light" | "dark" {
  const preference = useThemeStore((s) => s.preference);
  const systemDark = useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(DARK_QUERY).matches ?? false,
    () => false,
  );
  return resolveTheme(preference, systemDark);
}
