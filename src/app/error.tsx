"use client";

import { ErrorState } from "@/components/ui/error-state";

/** Last-resort boundary for a route that threw while rendering. */
export default function RouteError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main className="flex min-h-dvh items-center justify-center p-6">
      <ErrorState error={error} onRetry={reset} />
    </main>
  );
}
