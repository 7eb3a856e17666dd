import { queryOptions } from "@tanstack/react-query";
import { statusReplySchema, viewportSchema, type Viewport } from "@/lib/contract";
import { api, type RequestOptions } from "./client";

const VIEWPORT_PATH = "/canvas/viewport";

/** `GET /canvas/viewport`: the org's shared viewport, the default for a browser with none of its own. */
const getViewport = (options?: RequestOptions) => api.get(VIEWPORT_PATH, viewportSchema, options);

/** `PUT /canvas/viewport`. */
export const putViewport = (viewport: Viewport, options?: RequestOptions) =>
  api.put(VIEWPORT_PATH, viewport, statusReplySchema, options);

/** Query keys and fetchers for the org's shared viewport. */
export const viewportQueries = {
  all: () => ["viewport"] as const,
  /** Read once: the canvas only falls back to it, so neither refetch nor retry is worth a request. */
  shared: () =>
    queryOptions({
      queryKey: [...viewportQueries.all(), "shared"] as const,
      queryFn: ({ signal }) => getViewport({ signal }),
      staleTime: Infinity,
      retry: false,
    }),
};
