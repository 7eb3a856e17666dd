import { ApiError } from "./api-error";
import { ERROR_MESSAGES, messageForCode, type ErrorMessage } from "./error-messages";
import { platformUrl } from "./platform-url";

export type ErrorDescription = ErrorMessage;

function platformName(): string {
  return platformUrl() === "" ? "the platform" : `the platform at ${platformUrl()}`;
}

/** A known code gets the canvas's own words; otherwise the status decides. A server sentence is never shown. */
function describeHttp(err: ApiError): ErrorDescription {
  const known = messageForCode(err.code);
  if (known) return known;
  const status = err.status ?? 0;
  if (status === 401 || status === 403) {
    return {
      title: "Not allowed",
      message: "You don't have access to this. Sign in with another account or ask an admin.",
      retryable: false,
    };
  }
  if (status === 404) {
    return {
      title: "Not found",
      message: "It may have been removed.",
      retryable: false,
    };
  }
  if (status === 429) {
    return {
      title: "Too many requests",
      message: "The platform is rate-limiting this browser. Wait a moment and try again.",
      retryable: true,
    };
  }
  if (status >= 500) {
    // Server internals stay in the server log; the user gets a plain sentence.
    return {
      title: "The platform had a problem",
      message: `It answered with an error (${status}). Try again in a moment.`,
      retryable: true,
    };
  }
  return {
    title: "The request was refused",
    message: `The platform answered ${status}.`,
    retryable: false,
  };
}

/** Turns any thrown value into a title, a plain sentence and whether retrying may help. */
export function describeError(err: unknown): ErrorDescription {
  if (!(err instanceof ApiError)) {
    return {
      title: "Something went wrong",
      message: "An unexpected error occurred. Try again.",
      retryable: true,
    };
  }
  switch (err.kind) {
    case "timeout": {
      const seconds = Math.round((err.timeoutMs ?? 15_000) / 1000);
      return {
        title: "The platform is not answering",
        message: `No reply from ${platformName()} within ${seconds} seconds.`,
        retryable: true,
      };
    }
    case "network":
      return {
        title: "Can't reach the platform",
        message: `Check that ${platformName()} is running and reachable from this browser.`,
        retryable: true,
      };
    case "platform-unavailable":
      return ERROR_MESSAGES.platform_unavailable;
    case "invalid-response":
      return {
        title: "Unexpected reply from the platform",
        message:
          "The platform answered in a shape this app does not understand. It may be a different version.",
        retryable: false,
      };
    case "http":
      return describeHttp(err);
  }
}
