"use client";

import { useId } from "react";
import { THEME_PREFERENCES, useThemeStore, type ThemePreference } from "@/store/theme";

const labels: Record<ThemePreference, string> = { system: "System", light: "Light", dark: "Dark" };

/** Light / dark / follow-the-system as native radios: arrow keys and labels come built in. */
export function ThemeToggle() {
  const name = useId();
  const preference = useThemeStore((state) => state.preference);
  const choose = useThemeStore((state) => state.choose);
  return (
    <fieldset className="inline-flex items-center gap-1 rounded-md border border-border p-0.5 text-sm">
      <legend className="sr-only">Theme</legend>
      {THEME_PREFERENCES.map((option) => (
        <label
          key={option}
          className="relative rounded px-2 py-1 text-muted has-checked:bg-surface has-checked:text-fg"
        >
          <input
            type="radio"
            name={name}
            value={option}
            checked={preference === option}
            onChange={() => choose(option)}
            // Covers its label, so pointer and focus ring land on the real radio.
            className="absolute inset-0 cursor-pointer appearance-none rounded"
          />
          {labels[option]}
        </label>
      ))}
    </fieldset>
  );
}
