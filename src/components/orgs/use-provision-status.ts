import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { orgQueries } from "@/lib/api/orgs";
import { subscribeProvisionStatus } from "@/lib/api/provision-stream";

/** Fallback poll when the push stream is unavailable (ARCHITECTURE §4: every 2–5 s). */
export const STATUS_POLL_MS = 3_000;
const isMoving = (status: string | undefined) => status !== "running" && status !== "failed";

/**
 * The provision status of `slug`: pushed over Server-Sent Events when the platform offers them,
 * else polled; either way it stops once the org is running or failed. `generation` restarts the
 * stream after a retry.
 */
export function useProvisionStatus(slug: string, generation: number) {
  const queryClient = useQueryClient();
  const [isStreamDown, setIsStreamDown] = useState(false);
  const query = useQuery({
    ...orgQueries.provisionStatus(slug),
    refetchInterval: (q) => (isStreamDown && isMoving(q.state.data?.status) ? STATUS_POLL_MS : false),
  });
  const isSettled = query.data !== undefined && !isMoving(query.data.status);

  useEffect(() => {
    if (isSettled) return;
    return subscribeProvisionStatus(
      slug,
      (status) => queryClient.setQueryData(orgQueries.provisionStatus(slug).queryKey, status),
      () => setIsStreamDown(true),
    );
  }, [slug, generation, isSettled, queryClient]);

  return query;
}
