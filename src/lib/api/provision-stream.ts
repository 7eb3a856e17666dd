import { provisionStatusSchema, type ProvisionStatus } from "@/lib/contract/control-plane";
import { platformPath } from "./platform-url";

/**
 * Subscribes to `GET /cp/orgs/:slug/provision-status/stream` (Server-Sent Events, a local
 * extension). Calls `onError` once when the stream is unavailable or drops, so the caller can
 * fall back to polling; returns the unsubscribe function.
 */
export function subscribeProvisionStatus(
  slug: string,
  onStatus: (status: ProvisionStatus) => void,
  onError: () => void,
): () => void {
  if (typeof EventSource === "undefined") {
    onError();
    return () => {};
  }
  const source = new EventSource(
    platformPath(`/cp/orgs/${encodeURIComponent(slug)}/provision-status/stream`),
    {
      withCredentials: true,
    },
  );
  let isDone = false;
  const close = () => {
    isDone = true;
    source.close();
  };
  source.onmessage = (event: MessageEvent<string>) => {
    try {
      const parsed = provisionStatusSchema.safeParse(JSON.parse(event.data));
      if (parsed.success) onStatus(parsed.data);
    } catch {
      // A malformed frame is skipped; the next one carries the whole status again.
    }
  };
  source.onerror = () => {
    // The server closes the stream once the org settles; a settled caller has already unsubscribed.
    if (isDone) return;
    close();
    onError();
  };
  return close;
}
