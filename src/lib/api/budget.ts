import { queryOptions } from "@tanstack/react-query";
import { budgetSchema } from "@/lib/contract";
import { api, type RequestOptions } from "./client";

const budgetPath = (id: string) => `/workspaces/${encodeURIComponent(id)}/budget`;

/** `GET /workspaces/:id/budget`: limit, spend and remaining, all in USD cents. */
export const getBudget = (id: string, options?: RequestOptions) =>
  api.get(budgetPath(id), budgetSchema, options);

/** `PATCH /workspaces/:id/budget`: a limit in whole cents, or null for no limit. */
export const setBudgetLimit = (id: string, budgetLimit: number | null, options?: RequestOptions) =>
  api.patch(budgetPath(id), { budget_limit: budgetLimit }, budgetSchema, options);

export const budgetQueries = {
  detail: (id: string) =>
    queryOptions({
      queryKey: ["budget", id] as const,
      queryFn: ({ signal }) => getBudget(id, { signal }),
    }),
};
