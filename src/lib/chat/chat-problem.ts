import { ApiError } from "@/lib/api/api-error";

/** What the user can do about a failed or delayed send. */
export type ChatAction = "wait" | "retry" | "raise-budget" | "restart" | null;

export type ChatProblem = { title: string; message: string; action: ChatAction };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** 202: the agent is busy and the platform queued the message (contract §4.1). */
export function queuedProblem(queueDepth: number): ChatProblem {
  return {
    title: "The agent is busy",
    message: `Your message is queued (position ${queueDepth}) and will be delivered when the agent is free. The reply will appear here.`,
    action: "wait",
  };
}

/** A JSON-RPC error the agent answered with, or the platform's note that its stream broke off. */
export function agentErrorProblem(message: string): ChatProblem {
  if (/stream (broke off|exceeded)/i.test(message)) {
    return {
      title: "The agent stopped before it finished",
      message: "It may have restarted mid-answer. Send your message again once it is back online.",
      action: "retry",
    };
  }
  return { title: "The agent reported an error", message, action: "retry" };
}

function describe503(body: Record<string, unknown>, serverError: string | undefined): ChatProblem {
  if (body.waking === true)
    return {
      title: "The agent is waking up",
      message: "It was hibernating. Try again in about 15 seconds.",
      action: "retry",
    };
  if (body.busy === true)
    return {
      title: "The agent is busy",
      message: "It could not take your message now. Try again in a moment.",
      action: "retry",
    };
  if (body.restarting === true)
    return {
      title: "The agent is unreachable",
      message:
        "Its process stopped answering, so the platform is restarting it. Send again once it is online.",
      action: "restart",
    };
  if (typeof body.status === "string")
    return {
      title: "The agent is not running",
      message: `The workspace is ${body.status} and has no agent yet. Wait until it is online, or restart it.`,
      action: "restart",
    };
  return { title: "The agent is unavailable", message: serverError ?? "Try again shortly.", action: "retry" };
}

/** Maps a failed chat send to a clear sentence and the next step (busy, budget, unreachable, hierarchy, timeout). */
export function describeChatProblem(err: unknown): ChatProblem {
  if (!(err instanceof ApiError))
    return {
      title: "The message was not sent",
      message: "Something unexpected went wrong. Try again.",
      action: "retry",
    };
  if (err.kind === "timeout")
    return {
      title: "No answer yet",
      message:
        "The agent has not answered within 2 minutes. It may still be working: a late reply will appear here.",
      action: "retry",
    };
  if (err.kind === "network")
    return {
      title: "Can't reach the platform",
      message: "Check your connection, then send again.",
      action: "retry",
    };
  if (err.kind === "platform-unavailable")
    return {
      title: "The platform is temporarily unavailable",
      message: "Try again shortly.",
      action: "retry",
    };
  if (err.kind === "invalid-response")
    return {
      title: "Unexpected reply",
      message: "The agent answered in a shape the canvas cannot read.",
      action: "retry",
    };
  const body = isObject(err.body) ? err.body : {};
  switch (err.status) {
    case 402:
      return {
        title: "Budget exceeded",
        message: "This workspace has spent its monthly budget. Raise the budget to keep chatting.",
        action: "raise-budget",
      };
    case 403:
      return {
        title: "Not allowed",
        message: "The org hierarchy does not let this caller talk to this workspace.",
        action: null,
      };
    case 404:
      return { title: "Workspace not found", message: "It may have been deleted.", action: null };
    case 503:
      return describe503(body, err.error);
    case 502:
      return {
        title: "The agent did not answer",
        message: "The platform could not reach the agent. Restart it if this keeps happening.",
        action: "restart",
      };
    default:
      return {
        title: "The message was not sent",
        message: err.error ?? `The platform answered ${err.status ?? "with an error"}.`,
        action: "retry",
      };
  }
}
