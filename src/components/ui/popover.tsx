"use client";

import {
  cloneElement,
  Suspense,
  useEffect,
  useId,
  useState,
  type FocusEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactElement,
  type ReactNode,
  type Ref,
} from "react";
import { lazyWithPreload } from "./lazy-with-preload";
import { usePreloadWhenIdle } from "./use-preload-when-idle";

// Radix (Popper, DismissableLayer, FocusScope…) is ~30 kB gzip that no page needs to paint, so it
// loads when the browser is idle, when the pointer or focus reaches a button, or on the first click.
let isPanelLoaded = false;
const PopoverPanel = lazyWithPreload(() =>
  import("./popover-panel").then((m) => {
    isPanelLoaded = true;
    return m.PopoverPanel;
  }),
);
const PRELOADS = [PopoverPanel.preload];

type TriggerProps = {
  ref?: Ref<HTMLElement | null>;
  onClick?: (event: MouseEvent<HTMLElement>) => void;
  onPointerEnter?: (event: PointerEvent<HTMLElement>) => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
};

type PopoverProps = {
  /** The button that opens and closes it: one element that takes a ref (its own ref is replaced). */
  trigger: ReactElement<TriggerProps>;
  /** The panel's accessible name, e.g. "Approvals inbox". */
  label: string;
  /** The panel's size, shape and layout. */
  className?: string;
  children: ReactNode;
};

/**
 * A panel under its button (Radix Popover, a labelled dialog): Esc or a click outside closes it
 * and focus goes back to the button. Its content mounts only while it is open.
 *
 * The button is plain and always there; a click before the panel's code has arrived opens the
 * panel as soon as it does, with focus left on the button, unless Esc or a click elsewhere came first.
 */
export function Popover({ trigger, label, className = "", children }: PopoverProps) {
  const [isOpen, setIsOpen] = useState(false);
  // Set on the first open and kept, so the panel's code is asked for only once it is wanted.
  const [hasOpened, setHasOpened] = useState(false);
  const [triggerElement, setTriggerElement] = useState<HTMLElement | null>(null);
  const contentId = useId();
  usePreloadWhenIdle(PRELOADS);

  const setOpen = (next: boolean) => {
    if (next) setHasOpened(true);
    setIsOpen(next);
  };
  // Once loaded the panel closes itself on Escape or a click elsewhere; this covers the wait for it.
  useEffect(() => {
    if (!isOpen || isPanelLoaded) return;
    const closeOnEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key === "Escape" && !isPanelLoaded) setIsOpen(false);
    };
    const closeOnPointerDownElsewhere = (event: globalThis.PointerEvent) => {
      if (isPanelLoaded || (event.target instanceof Node && triggerElement?.contains(event.target))) return;
      setIsOpen(false);
    };
    document.addEventListener("keydown", closeOnEscape);
    document.addEventListener("pointerdown", closeOnPointerDownElsewhere);
    return () => {
      document.removeEventListener("keydown", closeOnEscape);
      document.removeEventListener("pointerdown", closeOnPointerDownElsewhere);
    };
  }, [isOpen, triggerElement]);
  const own = trigger.props;
  const button = cloneElement(trigger, {
    ref: setTriggerElement,
    "aria-haspopup": "dialog",
    "aria-expanded": isOpen,
    "aria-controls": isOpen ? contentId : undefined,
    onClick: (event: MouseEvent<HTMLElement>) => {
      own.onClick?.(event);
      if (!event.defaultPrevented) setOpen(!isOpen);
    },
    onPointerEnter: (event: PointerEvent<HTMLElement>) => {
      own.onPointerEnter?.(event);
      void PopoverPanel.preload();
    },
    onFocus: (event: FocusEvent<HTMLElement>) => {
      own.onFocus?.(event);
      void PopoverPanel.preload();
    },
  } as TriggerProps);

  return (
    <>
      {button}
      {hasOpened ? (
        <Suspense fallback={null}>
          <PopoverPanel
            isOpen={isOpen}
            onOpenChange={setOpen}
            trigger={triggerElement}
            id={contentId}
            label={label}
            className={className}
          >
            {children}
          </PopoverPanel>
        </Suspense>
      ) : null}
    </>
  );
}
