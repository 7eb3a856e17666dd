import { queryOptions } from "@tanstack/react-query";
import { peerListSchema } from "@/lib/contract";
import { api, type RequestOptions } from "./client";

/** `GET /registry/:id/peers`: siblings, then children, then the parent of a workspace. */
export const listPeers = (id: string, options?: RequestOptions) =>
  api.get(`/registry/${encodeURIComponent(id)}/peers`, peerListSchema, options);

export const peerQueries = {
  list: (id: string) =>
    queryOptions({
      queryKey: ["peers", id] as const,
      queryFn: ({ signal }) => listPeers(id, { signal }),
      // Peers follow the hierarchy, which pushed events already show on the canvas; refetch on open.
      staleTime: 0,
    }),
};
