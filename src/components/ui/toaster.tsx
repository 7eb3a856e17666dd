"use client";

import { useEffect } from "react";
import { useToastStore, type Toast } from "@/store/toasts";

/** Errors stay longer: they usually carry a sentence the user needs to read. */
const DURATION_MS = { success: 5_000, info: 6_000, error: 12_000 } as const;

const accents = { success: "border-l-accent", info: "border-l-border", error: "border-l-danger" } as const;

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useToastStore((s) => s.dismiss);
  useEffect(() => {
    const timer = setTimeout(() => dismiss(toast.id), DURATION_MS[toast.kind]);
    return () => clearTimeout(timer);
  }, [dismiss, toast.id, toast.kind]);

  return (
    <li
      role={toast.kind === "error" ? "alert" : "status"}
      className={`pointer-events-auto flex w-80 items-start gap-3 rounded-md border border-l-4 border-border bg-bg p-3 text-sm text-fg shadow-lg ${accents[toast.kind]}`}
    >
      <div className="flex-1">
        <p className="font-medium">{toast.title}</p>
        {toast.message ? <p className="mt-0.5 text-muted">{toast.message}</p> : null}
        {toast.action ? (
          <button
            type="button"
            onClick={() => {
              toast.action?.onClick();
              dismiss(toast.id);
            }}
            className="mt-2 rounded px-2 py-1 font-medium text-accent underline-offset-2 hover:underline"
          >
            {toast.action.label}
          </button>
        ) : null}
      </div>
      <button
        type="button"
        aria-label={`Dismiss: ${toast.title}`}
        onClick={() => dismiss(toast.id)}
        className="rounded px-1 text-muted hover:text-fg"
      >
        ×
      </button>
    </li>
  );
}

/** Renders the one toast queue; mount once near the root of a screen. */
export function Toaster() {
  const toasts = useToastStore((s) => s.toasts);
  return (
    <section aria-label="Notifications" className="pointer-events-none fixed bottom-4 right-4 z-[60]">
      <ol className="flex flex-col gap-2">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} />
        ))}
      </ol>
    </section>
  );
}
