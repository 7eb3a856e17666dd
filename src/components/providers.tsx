"use client";

import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { useEffect, useState, type ReactNode } from "react";
import { useApplyTheme } from "@/components/theme/use-apply-theme";
import { createQueryClient } from "@/lib/api/query-client";
import { createLiveSession, type LiveSession } from "@/lib/ws/live-session";
import { LiveSessionContext } from "@/lib/ws/use-live-session";

type LiveProvidersProps = { client: QueryClient; session: LiveSession; children: ReactNode };

/** The query cache and the live session over it; the session's binding runs while this is mounted. */
export function LiveProviders({ client, session, children }: LiveProvidersProps) {
  useEffect(() => session.start(), [session]);
  return (
    <QueryClientProvider client={client}>
      <LiveSessionContext value={session}>{children}</LiveSessionContext>
    </QueryClientProvider>
  );
}

/** App-wide client state: the one QueryClient and live session (one per browser tab) and the applied theme. */
export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [session] = useState(() => createLiveSession(queryClient));
  useApplyTheme();
  return (
    <LiveProviders client={queryClient} session={session}>
      {children}
    </LiveProviders>
  );
}
