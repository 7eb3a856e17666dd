"use client";

import { useQuery } from "@tanstack/react-query";
import { ErrorState } from "@/components/ui/error-state";
import { Spinner } from "@/components/ui/spinner";
import { peerQueries } from "@/lib/api/peers";
import { statusLabel } from "@/lib/workspace-status";
import { useCanvasCommandsStore } from "@/store/canvas-commands";
import { usePanelStore } from "@/store/panel";
import { useSelectionStore } from "@/store/selection";

/** Who this workspace may talk to (siblings, children, parent); choosing one jumps to it. */
export function PeersTab({ workspaceId }: { workspaceId: string }) {
  const peers = useQuery(peerQueries.list(workspaceId));
  const requestFocus = useCanvasCommandsStore((s) => s.requestFocus);
  const select = useSelectionStore((s) => s.select);
  const open = usePanelStore((s) => s.open);

  if (peers.isPending) return <Spinner label="Loading peers" />;
  if (peers.isError)
    return (
      <ErrorState error={peers.error} onRetry={() => void peers.refetch()} isRetrying={peers.isFetching} />
    );
  if (peers.data.length === 0)
    return <p className="text-sm text-muted">No peers: this workspace works alone.</p>;

  return (
    <ul aria-label="Peers" className="flex flex-col gap-1 text-sm">
      {peers.data.map((peer) => (
        <li key={peer.id}>
          <button
            type="button"
            onClick={() => {
              select(peer.id);
              requestFocus(peer.id);
              open(peer.id);
            }}
            className="flex w-full items-center justify-between gap-2 rounded-md px-2 py-1.5 text-left hover:bg-surface"
          >
            <span className="min-w-0">
              <span className="block truncate font-medium">{peer.name}</span>
              {peer.role ? <span className="block truncate text-muted">{peer.role}</span> : null}
            </span>
            <span className="shrink-0 text-xs text-muted">{statusLabel(peer.status)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
