import { vi } from "vitest";

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

/** JSON response with the given status (and headers). */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });
}

/** A reply that never comes: it settles only when the request's signal aborts, as real fetch does. */
export function never(_url: string, init: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => {
    init.signal?.addEventListener("abort", () =>
      reject(new DOMException("The operation was aborted.", "AbortError")),
    );
  });
}

/**
 * Replaces global fetch (the only network boundary) with a handler that answers in order:
 * each call takes the next handler, the last one repeats.
 */
export function stubFetch(...handlers: Handler[]) {
  let call = 0;
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const handler = handlers[Math.min(call, handlers.length - 1)];
    call += 1;
    if (!handler) throw new Error("stubFetch needs at least one handler");
    if (init.signal?.aborted) throw new DOMException("The operation was aborted.", "AbortError");
    return handler(String(input), init);
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

/** The request headers of the n-th fetch call, as a plain record. */
export function requestHeaders(fetchMock: ReturnType<typeof stubFetch>, n = 0): Record<string, string> {
  const init = fetchMock.mock.calls[n]?.[1];
  return Object.fromEntries(new Headers(init?.headers).entries());
}
