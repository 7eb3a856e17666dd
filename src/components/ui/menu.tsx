"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { useCallback, type KeyboardEvent, type ReactNode } from "react";
import { useFocusReturn } from "./use-focus-return";

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

/** Gap kept between the menu and the viewport's edges when Radix shifts or flips it to fit. */
const EDGE = 8;

/**
 * A popup menu at a screen point (Radix): arrow keys, Home/End and typeahead move focus, Enter or
 * Space runs an item, Esc/Tab/outside click close it and focus returns to the opener. Kept inside
 * the viewport. Mount it only while open.
 */
export function Menu({ label, x, y, items, onClose, header }: MenuProps) {
  const { focusOpener, returnFocus } = useFocusReturn();
  // Focus starts on the first item however the menu opened; Radix does so only for the keyboard.
  const focusOnMount = useCallback((item: HTMLDivElement | null) => item?.focus({ preventScroll: true }), []);
  // Radix keeps Tab inside a menu; ours closes, as the APG menu pattern says.
  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Tab") onClose();
  };
  // Non-modal: a modal Radix menu locks scrolling with an injected <style>, which the CSP refuses.
  return (
    <DropdownMenu.Root open modal={false} onOpenChange={(isOpen) => !isOpen && onClose()}>
      {/* Radix places a menu against its trigger; this empty point stands in for one. */}
      <DropdownMenu.Trigger asChild>
        <span aria-hidden="true" className="pointer-events-none fixed size-0" style={{ left: x, top: y }} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          aria-label={label}
          // Radix labels the menu by its trigger; the point has no text, so the label above names it.
          aria-labelledby={undefined}
          align="start"
          collisionPadding={EDGE}
          loop
          onCloseAutoFocus={returnFocus}
          onKeyDown={handleKeyDown}
          onContextMenu={(event) => event.preventDefault()}
          className="z-50 min-w-52 rounded-md border border-border bg-bg py-1 text-sm text-fg shadow-lg"
        >
          {header ? <div className="border-b border-border/40 px-3 pb-2 pt-1">{header}</div> : null}
          {items.map((item, index) => (
            <DropdownMenu.Item
              key={item.id}
              ref={index === 0 ? focusOnMount : undefined}
              // Focus goes back first, so a dialog the item opens returns focus to the card too.
              onSelect={() => {
                focusOpener();
                item.onSelect();
              }}
              className={`block w-full cursor-default px-3 py-1.5 text-left outline-none focus:bg-surface ${item.isDanger ? "text-danger" : ""}`}
            >
              {item.label}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
