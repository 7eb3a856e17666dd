"use client";

import * as RadixPopover from "@radix-ui/react-popover";
import type { ReactElement, ReactNode } from "react";

type PopoverProps = {
  /** The button that opens and closes it: one element that takes a ref. */
  trigger: ReactElement;
  /** The panel's accessible name, e.g. "Approvals inbox". */
  label: string;
  /** The panel's size, shape and layout. */
  className?: string;
  children: ReactNode;
};

/** Gap between the button and the panel, and between the panel and the viewport's edges. */
const GAP = 8;

/**
 * A panel under its button (Radix Popover, a labelled dialog): Esc or a click outside closes it
 * and focus goes back to the button. Its content mounts only while it is open.
 */
export function Popover({ trigger, label, className = "", children }: PopoverProps) {
  // Non-modal: a modal popover locks scrolling with an injected <style>, which the CSP refuses.
  return (
    <RadixPopover.Root modal={false}>
      <RadixPopover.Trigger asChild>{trigger}</RadixPopover.Trigger>
      {/* No portal, so the panel follows its button in tab order. */}
      <RadixPopover.Content
        aria-label={label}
        align="end"
        sideOffset={GAP}
        collisionPadding={GAP}
        // Focus stays on the button: a held Enter must not land on the panel's first action.
        onOpenAutoFocus={(event) => event.preventDefault()}
        className={`z-50 border border-border bg-bg shadow-lg ${className}`}
      >
        {children}
      </RadixPopover.Content>
    </RadixPopover.Root>
  );
}
