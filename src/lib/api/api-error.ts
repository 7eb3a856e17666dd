import { receivedErrorBodySchema } from "@/lib/contract/errors";

/** What went wrong, in terms the UI can act on (STYLE.md §2.10). */
export type ApiErrorKind = "timeout" | "network" | "http" | "invalid-response" | "platform-unavailable";

type ApiErrorInit = {
  kind: ApiErrorKind;
  method: string;
  path: string;
  status?: number | null;
  serverError?: string;
  code?: string;
  body?: unknown;
  timeoutMs?: number;
  detail?: string;
  cause?: unknown;
};

/** The one error every platform call fails with. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly method: string;
  readonly path: string;
  /** HTTP status, or `null` when no response arrived (timeout, network). */
  readonly status: number | null;
  /** The server's `error` sentence, when the body had one. */
  readonly error: string | undefined;
  /** The server's stable `code` (e.g. `platform_unavailable`), or a client code like `session_expired`. */
  readonly code: string | undefined;
  /** The parsed response body (or its text when it was not JSON). */
  readonly body: unknown;
  readonly timeoutMs: number | undefined;

  constructor(init: ApiErrorInit) {
    const status = init.status ?? null;
    const what = init.detail ?? init.serverError ?? init.kind;
    super(`${init.method} ${init.path}: ${status === null ? "" : `${status} `}${what}`, {
      cause: init.cause,
    });
    this.name = "ApiError";
    this.kind = init.kind;
    this.method = init.method;
    this.path = init.path;
    this.status = status;
    this.error = init.serverError;
    this.code = init.code;
    this.body = init.body;
    this.timeoutMs = init.timeoutMs;
  }

  /** Builds the error for a non-2xx reply, keeping the server's `error` and `code` when present. */
  static fromResponse(method: string, path: string, status: number, text: string): ApiError {
    const body = parseJsonOrText(text);
    const parsed = receivedErrorBodySchema.safeParse(body);
    const serverError = parsed.success ? parsed.data.error : undefined;
    const code = parsed.success ? parsed.data.code : undefined;
    const kind: ApiErrorKind =
      status === 503 && code === "platform_unavailable" ? "platform-unavailable" : "http";
    return new ApiError({ kind, method, path, status, serverError, code, body });
  }
}

/** Whether `err` is an ApiError of the given kind. */
export function isApiError(err: unknown, kind?: ApiErrorKind): err is ApiError {
  return err instanceof ApiError && (kind === undefined || err.kind === kind);
}

function parseJsonOrText(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
