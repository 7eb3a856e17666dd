import { useCallback, useState } from "react";

function focusedElement(): HTMLElement | null {
  if (typeof document === "undefined") return null;
  return document.activeElement instanceof HTMLElement ? document.activeElement : null;
}

/**
 * Radix hands focus back to its own Trigger, but our overlays open from the store (a card, a
 * shortcut, a menu item). This keeps what had focus when the overlay first rendered: `focusOpener`
 * moves focus there now, and `returnFocus` (for Radix's `onCloseAutoFocus`) does so only if focus
 * was lost with the overlay, so a click elsewhere or the next dialog keeps it.
 */
export function useFocusReturn() {
  const [opener] = useState(focusedElement);
  const focusOpener = useCallback(() => {
    if (opener?.isConnected) opener.focus();
  }, [opener]);
  const returnFocus = useCallback(
    (event: Event) => {
      event.preventDefault();
      const current = focusedElement();
      if (current === null || current === document.body) focusOpener();
    },
    [focusOpener],
  );
  return { focusOpener, returnFocus };
}
