import { Spinner } from "@/components/ui/spinner";

/** The opaque cover shown while the session is unknown: it never lets the app show through. */
export function GateBackdrop({ label }: { label: string }) {
  return (
    <div
      data-testid="auth-gate-backdrop"
      className="fixed inset-0 flex items-center justify-center bg-bg text-muted"
    >
      {/* The spinner fades in late so a fast check does not flash it. */}
      <Spinner label={label} className="motion-safe:animate-fade-in-late" />
    </div>
  );
}
