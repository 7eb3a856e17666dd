import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { createQueryClient } from "@/lib/api/query-client";
import { workspaceQueries } from "@/lib/api/queries";
import { workspaceRowSchema, type WorkspaceRow } from "@/lib/contract";

/** A complete workspace row from the fields a test cares about (the schema fills the rest). */
export function row(fields: Partial<WorkspaceRow> & { id: string; name: string }): WorkspaceRow {
  return workspaceRowSchema.parse({ status: "online", ...fields });
}

/** Renders `ui` with a fresh QueryClient whose workspace list already holds `rows`. */
export function renderWithClient(ui: ReactElement, rows: WorkspaceRow[] = []) {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  client.setQueryData(workspaceQueries.list().queryKey, rows);
  return { client, ...render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>) };
}

type Route = { method: string; path: RegExp; reply: (init: RequestInit) => Response | Promise<Response> };

/** A fetch handler answering by method and path; anything unrouted fails the test loudly. */
export function routes(...table: Route[]) {
  return (url: string, init: RequestInit) => {
    const method = init.method ?? "GET";
    const path = new URL(url, "http://localhost").pathname;
    const hit = table.find((r) => r.method === method && r.path.test(path));
    if (!hit) throw new Error(`unrouted request: ${method} ${path}`);
    return hit.reply(init);
  };
}
