import { create } from "zustand";

export type ToastKind = "success" | "error" | "info";

export type ToastInput = {
  kind: ToastKind;
  title: string;
  message?: string;
  action?: { label: string; onClick: () => void };
};

export type Toast = ToastInput & { id: number };

/** Older toasts drop off beyond this, so a burst of failures cannot cover the canvas. */
const MAX_TOASTS = 4;

type ToastState = {
  toasts: readonly Toast[];
  /** Shows a toast and returns its id so the caller can dismiss it early. */
  show(toast: ToastInput): number;
  dismiss(id: number): void;
};

let nextId = 1;

/** The one toast queue; the Toaster renders it and times entries out (Radix Toast). */
export const useToastStore = create<ToastState>()((set) => ({
  toasts: [],
  show: (toast) => {
    const id = nextId++;
    set((s) => ({ toasts: [...s.toasts, { ...toast, id }].slice(-MAX_TOASTS) }));
    return id;
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));
