"use client";

import { useQuery } from "@tanstack/react-query";
import { workspaceQueries } from "@/lib/api/workspaces";

const selectCount = (rows: readonly unknown[]) => rows.length;

/** How many workspaces the org has, kept current by live events and announced politely. */
export function WorkspaceCount() {
  const count = useQuery({ ...workspaceQueries.list(), select: selectCount }).data;
  if (count === undefined) return null;
  return (
    <p role="status" className="text-sm text-muted">
      {count} {count === 1 ? "workspace" : "workspaces"}
    </p>
  );
}
