"use client";

import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { createPortal } from "react-dom";

export type MenuItem = {
  id: string;
  label: string;
  onSelect: () => void;
  isDanger?: boolean;
};

type MenuProps = {
  /** What the menu is about, e.g. "Actions for PM". */
  label: string;
  /** Screen position of the pointer or the card the menu opened from. */
  x: number;
  y: number;
  items: readonly MenuItem[];
  onClose: () => void;
  header?: ReactNode;
};

const EDGE = 8;

/**
 * A popup menu: arrow keys, Home/End and first-letter typeahead move a roving focus, Enter or Space
 * runs an item, Esc/Tab/outside click close it and focus returns to the opener. Kept inside the viewport.
 */
export function Menu({ label, x, y, items, onClose, header }: MenuProps) {
  const menuRef = useRef<HTMLDivElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const [active, setActive] = useState(0);
  const [place, setPlace] = useState({ left: x, top: y });
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (!menu) return;
    const { width, height } = menu.getBoundingClientRect();
    setPlace({
      left: Math.max(EDGE, Math.min(x, window.innerWidth - width - EDGE)),
      top: Math.max(EDGE, Math.min(y, window.innerHeight - height - EDGE)),
    });
  }, [x, y]);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const handlePointer = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) onCloseRef.current();
    };
    document.addEventListener("pointerdown", handlePointer, true);
    return () => {
      document.removeEventListener("pointerdown", handlePointer, true);
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  useEffect(() => {
    itemRefs.current[active]?.focus();
  }, [active]);

  const move = (to: number) => setActive((to + items.length) % items.length);

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        return move(active + 1);
      case "ArrowUp":
        event.preventDefault();
        return move(active - 1);
      case "Home":
        event.preventDefault();
        return move(0);
      case "End":
        event.preventDefault();
        return move(items.length - 1);
      case "Escape":
      case "Tab":
        event.preventDefault();
        event.stopPropagation();
        return onCloseRef.current();
    }
    if (event.key.length === 1 && /\S/.test(event.key)) {
      const key = event.key.toLowerCase();
      const after = [...items.slice(active + 1), ...items.slice(0, active + 1)];
      const hit = after.find((item) => item.label.toLowerCase().startsWith(key));
      if (hit) move(items.indexOf(hit));
    }
  };

  const run = (item: MenuItem) => {
    onCloseRef.current();
    item.onSelect();
  };

  return createPortal(
    <div
      ref={menuRef}
      role="menu"
      aria-label={label}
      onKeyDown={handleKeyDown}
      onContextMenu={(event) => event.preventDefault()}
      style={{ left: place.left, top: place.top }}
      className="fixed z-50 min-w-52 rounded-md border border-border bg-bg py-1 text-sm text-fg shadow-lg"
    >
      {header ? <div className="border-b border-border/40 px-3 pb-2 pt-1">{header}</div> : null}
      {items.map((item, index) => (
        <button
          key={item.id}
          ref={(el) => {
            itemRefs.current[index] = el;
          }}
          type="button"
          role="menuitem"
          tabIndex={index === active ? 0 : -1}
          onClick={() => run(item)}
          onMouseEnter={() => setActive(index)}
          className={`block w-full px-3 py-1.5 text-left outline-none focus:bg-surface ${item.isDanger ? "text-danger" : ""}`}
        >
          {item.label}
        </button>
      ))}
    </div>,
    document.body,
  );
}
