import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api-error";

const MAX_QUERY_RETRIES = 1;

/** Retry a failed read only when another attempt might answer differently. */
export function shouldRetryQuery(failureCount: number, err: unknown): boolean {
  if (failureCount >= MAX_QUERY_RETRIES) return false;
  if (!(err instanceof ApiError)) return false;
  switch (err.kind) {
    case "network":
    case "platform-unavailable":
      return true;
    case "http":
      return (err.status ?? 0) >= 500;
    // A timeout already cost 15 s; a bad shape will not fix itself.
    case "timeout":
    case "invalid-response":
      return false;
  }
}

/** The app's one QueryClient; pushed resources set their own `staleTime`. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetryQuery, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
