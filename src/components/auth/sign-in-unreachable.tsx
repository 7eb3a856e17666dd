import { Button } from "@/components/ui/button";

type SignInUnreachableProps = {
  onRetry: () => void;
  isRetrying: boolean;
};

/** Fail-closed screen for a session check that errored: explains, retries, never shows the app. */
export function SignInUnreachable({ onRetry, isRetrying }: SignInUnreachableProps) {
  return (
    <main className="flex min-h-dvh items-center justify-center bg-bg p-6">
      <section
        role="alert"
        aria-labelledby="sign-in-unreachable-title"
        className="flex max-w-md flex-col gap-4"
      >
        <h1 id="sign-in-unreachable-title" className="text-xl font-semibold text-fg">
          Can&apos;t reach sign-in
        </h1>
        <p className="text-sm text-muted">
          We could not check whether you are signed in, so the workspace stays locked. This is usually a brief
          outage; we keep trying automatically.
        </p>
        <div>
          <Button onClick={onRetry} isBusy={isRetrying}>
            {isRetrying ? "Checking…" : "Retry"}
          </Button>
        </div>
      </section>
    </main>
  );
}
