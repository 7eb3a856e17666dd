"use client";

import * as RadixDialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";
import { useFocusReturn } from "./use-focus-return";

type DialogProps = {
  title: string;
  /** One sentence under the title; also the dialog's accessible description. */
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** `alertdialog` for confirmations of destructive actions. */
  role?: "dialog" | "alertdialog";
  size?: "sm" | "md" | "lg";
};

const widths = { sm: "max-w-sm", md: "max-w-lg", lg: "max-w-2xl" } as const;

/** An element marked data-autofocus wins, so a confirm dialog can start on its text field. */
function focusPreferred(event: Event) {
  if (!(event.currentTarget instanceof HTMLElement)) return;
  const preferred = event.currentTarget.querySelector<HTMLElement>("[data-autofocus]");
  if (!preferred) return;
  event.preventDefault();
  preferred.focus();
}

/**
 * A modal dialog (Radix): labelled by its title, traps Tab inside, closes on Esc or a backdrop
 * click, and hands focus back to whatever had it before. Mount it only while open.
 */
export function Dialog({ title, description, onClose, children, role = "dialog", size = "md" }: DialogProps) {
  const { returnFocus } = useFocusReturn();
  return (
    <RadixDialog.Root open onOpenChange={(isOpen) => !isOpen && onClose()}>
      <RadixDialog.Portal>
        {/* Our own backdrop rather than Radix's Overlay: the Overlay's scroll lock injects a
            <style> element, which the page's CSP refuses. A click on it is outside the content,
            so it closes the dialog. */}
        <div className="pointer-events-auto fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-black/50 p-4 pt-[10vh]">
          <RadixDialog.Content
            role={role}
            onOpenAutoFocus={focusPreferred}
            onCloseAutoFocus={returnFocus}
            className={`relative w-full ${widths[size]} rounded-lg border border-border bg-bg p-5 text-fg shadow-xl outline-none`}
          >
            <RadixDialog.Title className="text-lg font-semibold">{title}</RadixDialog.Title>
            {description ? (
              <RadixDialog.Description asChild>
                <div className="mt-1 text-sm text-muted">{description}</div>
              </RadixDialog.Description>
            ) : null}
            <div className="mt-4">{children}</div>
          </RadixDialog.Content>
        </div>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
