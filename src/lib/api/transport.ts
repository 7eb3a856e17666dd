import { ApiError } from "./api-error";

/** Default per-request budget (contract: 15 s, chat and slow imports override). */
export const DEFAULT_TIMEOUT_MS = 15_000;

export type SendOptions = {
  method: string;
  /** The path as the caller named it, for error messages. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  /** Caller cancellation (TanStack Query passes one); its abort is rethrown, not mapped. */
  signal?: AbortSignal;
};

export type RawResponse = { status: number; ok: boolean; headers: Headers; text: string };

/**
 * One network round trip, body included, under a timeout. Timeouts and network failures
 * become `ApiError`s; a caller's own abort is rethrown untouched so query cancellation works.
 */
export async function send(url: string, options: SendOptions): Promise<RawResponse> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let hasTimedOut = false;
  // A plain timer rather than AbortSignal.timeout: it can be combined with the caller's signal
  // and it runs on the clock that fake timers control in tests.
  const timer = setTimeout(() => {
    hasTimedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", forwardAbort, { once: true });
  if (options.signal?.aborted) forwardAbort();

  try {
    const res = await fetch(url, {
      method: options.method,
      headers: options.headers,
      body: options.body,
      credentials: "include",
      signal: controller.signal,
    });
    const text = await res.text();
    return { status: res.status, ok: res.ok, headers: res.headers, text };
  } catch (err) {
    if (hasTimedOut) {
      throw new ApiError({
        kind: "timeout",
        method: options.method,
        path: options.path,
        timeoutMs,
        cause: err,
      });
    }
    if (options.signal?.aborted) throw err;
    throw new ApiError({
      kind: "network",
      method: options.method,
      path: options.path,
      detail: "network error",
      cause: err,
    });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", forwardAbort);
  }
}
