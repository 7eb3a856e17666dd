import { queryOptions } from "@tanstack/react-query";
import { templateListSchema } from "@/lib/contract";
import { api, type RequestOptions } from "./client";

/** `GET /templates`: the workspace templates a new workspace can start from. */
export const listTemplates = (options?: RequestOptions) => api.get("/templates", templateListSchema, options);

/** Templates change only when an admin imports one, so a few minutes' staleness is fine. */
export const templateQueries = {
  list: () =>
    queryOptions({
      queryKey: ["templates", "list"] as const,
      queryFn: ({ signal }) => listTemplates({ signal }),
      staleTime: 5 * 60_000,
    }),
};
