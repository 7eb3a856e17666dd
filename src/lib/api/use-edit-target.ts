import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { useLiveSession } from "@/lib/ws/use-live-session";
import type { EditTarget } from "./workspace-mutations";

/** The query cache and this tab's pending edits, for the optimistic saves. */
export function useEditTarget(): EditTarget {
  const queryClient = useQueryClient();
  const { localEdits } = useLiveSession();
  return useMemo(() => ({ queryClient, localEdits }), [queryClient, localEdits]);
}
