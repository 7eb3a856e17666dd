import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { connectLiveWorkspaces } from "@/lib/ws/bind-query-cache";
import { useConnectionStore } from "@/store/connection";

/** Keeps the workspace cache live over the tab's one platform socket while the screen is shown. */
export function useLiveWorkspaces(): void {
  const queryClient = useQueryClient();
  useEffect(
    () => connectLiveWorkspaces(queryClient, (status) => useConnectionStore.getState().report(status)),
    [queryClient],
  );
}
