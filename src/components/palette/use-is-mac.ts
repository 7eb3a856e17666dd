import { useSyncExternalStore } from "react";

const subscribeNever = () => () => {};
const readIsMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** Whether to print ⌘ rather than Ctrl; false during server rendering. */
export function useIsMac(): boolean {
  return useSyncExternalStore(subscribeNever, readIsMac, () => false);
}
