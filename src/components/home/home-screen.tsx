"use client";

import { useQuery } from "@tanstack/react-query";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import { PLATFORM_URL } from "@/lib/api/client";
import { workspaceQueries } from "@/lib/api/queries";
import { ConnectionStatus } from "./connection-status";

/** Start page until the org chart lands: proves the platform connection with a real request. */
export function HomeScreen() {
  const workspaces = useQuery(workspaceQueries.list());
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="flex items-center justify-between gap-4 border-b border-border/40 px-6 py-3">
        <span className="text-base font-semibold">Molecule Canvas</span>
        <ThemeToggle />
      </header>
      <main className="flex flex-1 flex-col items-center justify-center gap-6 p-6">
        <h1 className="sr-only">Platform connection</h1>
        <ConnectionStatus
          platformLabel={PLATFORM_URL === "" ? "this site" : PLATFORM_URL}
          workspaces={workspaces.data}
          error={workspaces.error}
          isFetching={workspaces.isFetching}
          onRetry={() => void workspaces.refetch()}
        />
      </main>
    </div>
  );
}
