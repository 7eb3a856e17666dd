import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { isOrgMoving, ORGS_POLL_MS, orgQueries } from "@/lib/api/orgs";
import { subscribeProvisionStatus } from "@/lib/api/provision-stream";
import type { Org } from "@/lib/contract/control-plane";

/**
 * The user's orgs, kept live while any is moving: each moving org's status is pushed over its
 * provision-status stream; when a stream is unavailable the list falls back to the 5 s poll of
 * the contract. Both stop once every org is running or failed.
 */
export function useLiveOrgs() {
  const queryClient = useQueryClient();
  const [isStreamDown, setIsStreamDown] = useState(false);
  const orgs = useQuery({
    ...orgQueries.list(),
    refetchInterval: (q) => (isStreamDown && (q.state.data ?? []).some(isOrgMoving) ? ORGS_POLL_MS : false),
  });
  const moving = (orgs.data ?? [])
    .filter(isOrgMoving)
    .map((o) => o.slug)
    .join(" ");

  useEffect(() => {
    if (moving === "") return;
    const key = orgQueries.list().queryKey;
    const stops = moving.split(" ").map((slug) =>
      subscribeProvisionStatus(
        slug,
        ({ status }) =>
          queryClient.setQueryData(key, (prev: Org[] | undefined) =>
            prev?.map((o) => (o.slug === slug && o.status !== status ? { ...o, status } : o)),
          ),
        () => setIsStreamDown(true),
      ),
    );
    return () => stops.forEach((stop) => stop());
  }, [moving, queryClient]);

  return orgs;
}
