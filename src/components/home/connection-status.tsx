import { ErrorState } from "@/components/ui/error-state";
import { Spinner } from "@/components/ui/spinner";
import type { WorkspaceRow } from "@/lib/contract/workspace";

type ConnectionStatusProps = {
  platformLabel: string;
  workspaces: WorkspaceRow[] | undefined;
  error: unknown;
  isFetching: boolean;
  onRetry: () => void;
};

/** Loading, error, empty and connected states of the workspace list request. */
export function ConnectionStatus({
  platformLabel,
  workspaces,
  error,
  isFetching,
  onRetry,
}: ConnectionStatusProps) {
  if (error && !workspaces) {
    return <ErrorState error={error} onRetry={onRetry} isRetrying={isFetching} />;
  }
  if (!workspaces) {
    return <Spinner label={`Connecting to ${platformLabel}`} className="text-muted" />;
  }
  const count = workspaces.length;
  return (
    <section
      aria-labelledby="connection-title"
      className="flex max-w-md flex-col items-center gap-2 text-center"
    >
      <p id="connection-title" className="text-lg font-medium">
        Connected to {platformLabel}: {count} {count === 1 ? "workspace" : "workspaces"}
      </p>
      {count === 0 ? (
        <p className="text-sm text-muted">
          No workspaces yet. Create one on the platform and it will appear here.
        </p>
      ) : null}
    </section>
  );
}
