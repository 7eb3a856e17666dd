import { useCallback } from "react";
import { describeError } from "@/lib/api/describe-error";
import { useToastStore } from "@/store/toasts";

/** Runs a request that resolves with a success sentence, and reports either outcome as a toast. */
export function useToastAction() {
  const show = useToastStore((s) => s.show);
  return useCallback(
    async (failureTitle: string, run: () => Promise<string>) => {
      try {
        show({ kind: "success", title: await run() });
      } catch (err) {
        show({ kind: "error", title: failureTitle, message: describeError(err).message });
      }
    },
    [show],
  );
}
