"use client";

import * as RadixPopover from "@radix-ui/react-popover";
import { useMemo, useRef, type ReactNode } from "react";

export type PopoverPanelProps = {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  /** The button that opens it: the panel is placed under it, and focus goes back to it. */
  trigger: HTMLElement | null;
  /** The trigger's `aria-controls`. */
  id: string;
  label: string;
  className: string;
  children: ReactNode;
};

/** Gap between the button and the panel, and between the panel and the viewport's edges. */
const GAP = 8;

/**
 * The open half of `Popover`: Radix Popover, loaded on first use. The button is not a Radix
 * Trigger (it is rendered before this code arrives), so this does what Trigger would: anchor the
 * panel to it, ignore clicks on it as "outside" (it toggles by itself), and focus it on close.
 */
export function PopoverPanel({
  isOpen,
  onOpenChange,
  trigger,
  id,
  label,
  className,
  children,
}: PopoverPanelProps) {
  // As Radix does for its own Trigger: after a click or focus elsewhere, focus stays where it went.
  const hasInteractedOutside = useRef(false);
  const anchorRef = useMemo(() => ({ current: trigger }), [trigger]);
  // Non-modal: a modal popover locks scrolling with an injected <style>, which the CSP refuses.
  return (
    <RadixPopover.Root open={isOpen} onOpenChange={onOpenChange} modal={false}>
      <RadixPopover.Anchor virtualRef={anchorRef} />
      {/* No portal, so the panel follows its button in tab order. */}
      <RadixPopover.Content
        id={id}
        aria-label={label}
        align="end"
        sideOffset={GAP}
        collisionPadding={GAP}
        // Focus stays on the button: a held Enter must not land on the panel's first action.
        onOpenAutoFocus={(event) => event.preventDefault()}
        onInteractOutside={(event) => {
          hasInteractedOutside.current = true;
          if (event.target instanceof Node && trigger?.contains(event.target)) event.preventDefault();
        }}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          if (!hasInteractedOutside.current) trigger?.focus();
          hasInteractedOutside.current = false;
        }}
        className={`z-50 border border-border bg-bg shadow-lg ${className}`}
      >
        {children}
      </RadixPopover.Content>
    </RadixPopover.Root>
  );
}
