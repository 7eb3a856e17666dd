"use client";

import * as RadixTabs from "@radix-ui/react-tabs";
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { Menu } from "./menu";

type TabsProps<T extends string> = {
  label: string;
  tabs: readonly { id: T; label: string }[];
  selected: T;
  onSelect: (id: T) => void;
  /** The selected tab's content; other tabs are not mounted. */
  children: ReactNode;
};

const useIsomorphicLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

type Edges = { start: boolean; end: boolean };

/** Which ends of a horizontally scrolling element have hidden content. */
function readEdges(el: HTMLElement, prev: Edges): Edges {
  const start = el.scrollLeft > 1;
  const end = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
  return prev.start === start && prev.end === end ? prev : { start, end };
}

const ARROW = "absolute inset-y-0 z-10 flex w-7 items-center justify-center text-muted hover:text-fg";

/**
 * WAI-ARIA tabs (Radix): one tab stop, arrow keys and Home/End move and select (automatic
 * activation). However many tabs there are, the row stays within its container: it scrolls
 * sideways, keeps the selected tab in view, shows arrows where tabs are hidden, and a "More"
 * menu lists every section.
 */
export function Tabs<T extends string>({ label, tabs, selected, onSelect, children }: TabsProps<T>) {
  const list = useRef<HTMLDivElement>(null);
  const more = useRef<HTMLButtonElement>(null);
  const [menuAt, setMenuAt] = useState<{ x: number; y: number } | null>(null);
  const [edges, setEdges] = useState<Edges>({ start: false, end: false });
  const measure = () => {
    const el = list.current;
    if (el) setEdges((prev) => readEdges(el, prev));
  };

  // The arrows follow the row's width as the panel is resized.
  useEffect(() => {
    const el = list.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setEdges((prev) => readEdges(el, prev)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const handleValueChange = (value: string) => {
    const tab = tabs.find((t) => t.id === value);
    if (tab) onSelect(tab.id);
  };

  // Scroll only the tab row (not the page, as scrollIntoView might) so the selected tab shows.
  useIsomorphicLayoutEffect(() => {
    const el = list.current;
    const trigger = el?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
    if (!el || !trigger) return;
    const left = trigger.offsetLeft;
    const right = left + trigger.offsetWidth;
    if (left < el.scrollLeft) el.scrollLeft = left;
    else if (right > el.scrollLeft + el.clientWidth) el.scrollLeft = right - el.clientWidth;
    setEdges((prev) => readEdges(el, prev));
  }, [selected]);

  const scrollBy = (direction: 1 | -1) => {
    const el = list.current;
    if (el) el.scrollBy({ left: direction * el.clientWidth * 0.75, behavior: "smooth" });
  };

  const openMenu = () => {
    const rect = more.current?.getBoundingClientRect();
    setMenuAt({ x: rect?.right ?? 0, y: rect?.bottom ?? 0 });
  };

  return (
    <RadixTabs.Root
      value={selected}
      onValueChange={handleValueChange}
      activationMode="automatic"
      className="flex min-h-0 min-w-0 flex-1 flex-col"
    >
      <div className="flex min-w-0 items-stretch border-b border-border/40">
        <div className="relative min-w-0 flex-1">
          {edges.start ? (
            // Pointer aids only: keyboard users move with the arrow keys or the menu.
            <button
              type="button"
              tabIndex={-1}
              aria-label="Scroll sections left"
              onClick={() => scrollBy(-1)}
              className={`${ARROW} left-0 bg-gradient-to-r from-bg from-60% to-transparent`}
            >
              <span aria-hidden="true">‹</span>
            </button>
          ) : null}
          <RadixTabs.List
            ref={list}
            aria-label={label}
            onScroll={measure}
            className="relative flex min-w-0 gap-1 overflow-x-auto overscroll-x-contain px-3 [scrollbar-width:none] [&::-webkit-scrollbar]:hidden"
          >
            {tabs.map((tab) => (
              <RadixTabs.Trigger
                key={tab.id}
                value={tab.id}
                className="-mb-px shrink-0 whitespace-nowrap border-b-2 border-transparent px-3 py-2 text-sm text-muted outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-accent aria-selected:border-accent aria-selected:text-fg"
              >
                {tab.label}
              </RadixTabs.Trigger>
            ))}
          </RadixTabs.List>
          {edges.end ? (
            <button
              type="button"
              tabIndex={-1}
              aria-label="Scroll sections right"
              onClick={() => scrollBy(1)}
              className={`${ARROW} right-0 bg-gradient-to-l from-bg from-60% to-transparent`}
            >
              <span aria-hidden="true">›</span>
            </button>
          ) : null}
        </div>
        <button
          ref={more}
          type="button"
          aria-label={`All ${label}`}
          aria-haspopup="menu"
          aria-expanded={menuAt !== null}
          title="All sections"
          onClick={openMenu}
          className="shrink-0 border-l border-border/40 px-3 text-sm text-muted outline-none hover:text-fg focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-accent"
        >
          More <span aria-hidden="true">▾</span>
        </button>
      </div>
      {menuAt ? (
        <Menu
          label={label}
          x={menuAt.x}
          y={menuAt.y}
          onClose={() => setMenuAt(null)}
          items={tabs.map((tab) => ({
            id: tab.id,
            label: tab.id === selected ? `${tab.label} (shown)` : tab.label,
            onSelect: () => {
              setMenuAt(null);
              onSelect(tab.id);
            },
          }))}
        />
      ) : null}
      <RadixTabs.Content value={selected} className="min-h-0 min-w-0 flex-1 overflow-y-auto p-4">
        {children}
      </RadixTabs.Content>
    </RadixTabs.Root>
  );
}
