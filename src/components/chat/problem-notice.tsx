"use client";

import type { ChatProblem } from "@/lib/chat/chat-problem";

type ProblemNoticeProps = {
  problem: ChatProblem;
  onRetry?: () => void;
  onAction?: (action: "raise-budget" | "restart") => void;
};

/** Why a turn failed or is delayed, with the one next step that helps. */
export function ProblemNotice({ problem, onRetry, onAction }: ProblemNoticeProps) {
  const isWait = problem.action === "wait";
  return (
    <div role={isWait ? "status" : "alert"} className="mt-1 text-xs">
      <p className="font-semibold">{problem.title}</p>
      <p className="text-muted">{problem.message}</p>
      {problem.action === "retry" && onRetry ? (
        <button type="button" onClick={onRetry} className="mt-1 underline">
          Send again
        </button>
      ) : null}
      {problem.action === "raise-budget" && onAction ? (
        <button type="button" onClick={() => onAction("raise-budget")} className="mt-1 underline">
          Raise the budget
        </button>
      ) : null}
      {problem.action === "restart" && onAction ? (
        <button type="button" onClick={() => onAction("restart")} className="mt-1 underline">
          Restart the agent
        </button>
      ) : null}
    </div>
  );
}
