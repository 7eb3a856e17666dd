import { useId } from "react";
import { describeError } from "@/lib/api/describe-error";
import { Button } from "./button";

type ErrorStateProps = {
  error: unknown;
  /** Shown only when retrying can help; omit to hide the button. */
  onRetry?: () => void;
  isRetrying?: boolean;
};

/** Explains a failure in one plain sentence and offers Retry when it might work. */
export function ErrorState({ error, onRetry, isRetrying = false }: ErrorStateProps) {
  const titleId = useId();
  const { title, message, retryable } = describeError(error);
  return (
    <section
      role="alert"
      aria-labelledby={titleId}
      className="flex max-w-md flex-col items-start gap-3 rounded-lg border border-border bg-surface p-5"
    >
      <h2 id={titleId} className="text-base font-semibold text-danger">
        {title}
      </h2>
      <p className="text-sm text-fg">{message}</p>
      {onRetry && retryable ? (
        <Button onClick={onRetry} isBusy={isRetrying}>
          {isRetrying ? "Retrying…" : "Retry"}
        </Button>
      ) : null}
    </section>
  );
}
