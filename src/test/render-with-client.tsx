import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { useState, type ReactElement, type ReactNode } from "react";
import { createQueryClient } from "@/lib/api/query-client";
import { workspaceQueries } from "@/lib/api/workspaces";
import { workspaceRowSchema, type WorkspaceRow } from "@/lib/contract";
import { createLiveSession, type LiveSession } from "@/lib/ws/live-session";
import { LiveSessionProvider } from "@/lib/ws/live-session-provider";

/** A complete workspace row from the fields a test cares about (the schema fills the rest). */
export function row(fields: Partial<WorkspaceRow> & { id: string; name: string }): WorkspaceRow {
  return workspaceRowSchema.parse({ status: "online", ...fields });
}

type LiveProvidersProps = { client: QueryClient; session: LiveSession; children: ReactNode };

/** The query cache and a given live session over it, as the org screen has them. */
export function LiveProviders({ client, session, children }: LiveProvidersProps) {
  return (
    <QueryClientProvider client={client}>
      <LiveSessionProvider session={session}>{children}</LiveSessionProvider>
    </QueryClientProvider>
  );
}

/** The app's providers over `client`, with a live session of its own (no socket opens unless asked). */
export function TestProviders({ client, children }: { client: QueryClient; children: ReactNode }) {
  const [session] = useState(() => createLiveSession(client));
  return (
    <LiveProviders client={client} session={session}>
      {children}
    </LiveProviders>
  );
}

/**
 * Renders `ui` with a fresh QueryClient whose workspace list already holds `rows`, and a live
 * session whose hub the test emits socket events on.
 */
export function renderWithClient(ui: ReactElement, rows: WorkspaceRow[] = []) {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  client.setQueryData(workspaceQueries.list().queryKey, rows);
  const session = createLiveSession(client);
  const view = render(
    <LiveProviders client={client} session={session}>
      {ui}
    </LiveProviders>,
  );
  return { client, session, ...view };
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
