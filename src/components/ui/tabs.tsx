"use client";

import * as RadixTabs from "@radix-ui/react-tabs";
import type { ReactNode } from "react";

type TabsProps<T extends string> = {
  label: string;
  tabs: readonly { id: T; label: string }[];
  selected: T;
  onSelect: (id: T) => void;
  /** The selected tab's content; other tabs are not mounted. */
  children: ReactNode;
};

/** WAI-ARIA tabs (Radix): one tab stop, arrow keys and Home/End move and select (automatic activation). */
export function Tabs<T extends string>({ label, tabs, selected, onSelect, children }: TabsProps<T>) {
  const handleValueChange = (value: string) => {
    const tab = tabs.find((t) => t.id === value);
    if (tab) onSelect(tab.id);
  };
  return (
    <RadixTabs.Root
      value={selected}
      onValueChange={handleValueChange}
      activationMode="automatic"
      className="flex min-h-0 flex-1 flex-col"
    >
      <RadixTabs.List aria-label={label} className="flex gap-1 border-b border-border/40 px-3">
        {tabs.map((tab) => (
          <RadixTabs.Trigger
            key={tab.id}
            value={tab.id}
            className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm text-muted aria-selected:border-accent aria-selected:text-fg"
          >
            {tab.label}
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
      <RadixTabs.Content value={selected} className="min-h-0 flex-1 overflow-y-auto p-4">
        {children}
      </RadixTabs.Content>
    </RadixTabs.Root>
  );
}
