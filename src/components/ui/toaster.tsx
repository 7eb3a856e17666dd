"use client";

import * as RadixToast from "@radix-ui/react-toast";
import { useToastStore, type Toast } from "@/store/toasts";

/** Errors stay longer: they usually carry a sentence the user needs to read. */
const DURATION_MS = { success: 5_000, info: 6_000, error: 12_000 } as const;

const accents = { success: "border-l-accent", info: "border-l-border", error: "border-l-danger" } as const;

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useToastStore((s) => s.dismiss);
  return (
    <RadixToast.Root
      open
      onOpenChange={(isOpen) => !isOpen && dismiss(toast.id)}
      duration={DURATION_MS[toast.kind]}
      // Radix announces a toast once in a live region: errors interrupt (assertive), the rest wait.
      type={toast.kind === "error" ? "foreground" : "background"}
      className={`pointer-events-auto flex w-80 items-start gap-3 rounded-md border border-l-4 border-border bg-bg p-3 text-sm text-fg shadow-lg data-[swipe=move]:translate-x-(--radix-toast-swipe-move-x) ${accents[toast.kind]}`}
    >
      <div className="flex-1">
        <RadixToast.Title className="font-medium">{toast.title}</RadixToast.Title>
        {toast.message ? (
          <RadixToast.Description className="mt-0.5 text-muted">{toast.message}</RadixToast.Description>
        ) : null}
        {toast.action ? (
          <RadixToast.Action
            altText={toast.action.label}
            onClick={toast.action.onClick}
            className="mt-2 rounded px-2 py-1 font-medium text-accent underline-offset-2 hover:underline"
          >
            {toast.action.label}
          </RadixToast.Action>
        ) : null}
      </div>
      <RadixToast.Close
        aria-label={`Dismiss: ${toast.title}`}
        className="rounded px-1 text-muted hover:text-fg"
      >
        ×
      </RadixToast.Close>
    </RadixToast.Root>
  );
}

/**
 * Renders the one toast queue (Radix): each toast times out unless hovered or focused, Esc or a
 * swipe dismisses it, and F8 moves focus to the list. Mount once near the root of a screen.
 */
export function Toaster() {
  const toasts = useToastStore((s) => s.toasts);
  return (
    <RadixToast.Provider swipeDirection="right">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
      <RadixToast.Viewport
        label="Notifications"
        className="pointer-events-none fixed bottom-4 right-4 z-[60] flex flex-col gap-2 outline-none"
      />
    </RadixToast.Provider>
  );
}
