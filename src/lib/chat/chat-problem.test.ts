import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/api-error";
import { agentErrorProblem, describeChatProblem, queuedProblem } from "./chat-problem";

const http = (status: number, body: Record<string, unknown>) =>
  ApiError.fromResponse("POST", "/workspaces/x/a2a", status, JSON.stringify(body));

describe("describeChatProblem", () => {
  it("asks to raise the budget on 402", () => {
    expect(describeChatProblem(http(402, { error: "workspace budget limit exceeded" }))).toMatchObject({
      title: "Budget exceeded",
      action: "raise-budget",
    });
  });

  it("offers a restart when the agent is unreachable", () => {
    const p = describeChatProblem(
      http(503, { error: "workspace agent unreachable — container restart triggered", restarting: true }),
    );
    expect(p).toMatchObject({ title: "The agent is unreachable", action: "restart" });
  });

  it("says the workspace has no agent yet when it has no URL", () => {
    expect(
      describeChatProblem(http(503, { error: "workspace has no URL", status: "provisioning" })).message,
    ).toContain("provisioning");
  });

  it("explains the hierarchy refusal without a pointless retry", () => {
    expect(
      describeChatProblem(
        http(403, { error: "access denied: workspaces cannot communicate per hierarchy rules" }),
      ),
    ).toMatchObject({ title: "Not allowed", action: null });
  });

  it("says a late reply will still appear after a timeout", () => {
    const p = describeChatProblem(
      new ApiError({ kind: "timeout", method: "POST", path: "/x", timeoutMs: 120_000 }),
    );
    expect(p.message).toContain("late reply will appear");
    expect(p.action).toBe("retry");
  });

  it("asks to wait when the agent is busy and the message was queued", () => {
    expect(queuedProblem(3)).toMatchObject({
      action: "wait",
      message: expect.stringContaining("position 3"),
    });
  });

  it("suggests retrying after a network failure", () => {
    const p = describeChatProblem(new ApiError({ kind: "network", method: "POST", path: "/x" }));
    expect(p).toMatchObject({ title: "Can't reach the platform", action: "retry" });
  });

  it("says the agent stopped mid-answer when its stream broke off", () => {
    expect(agentErrorProblem("agent stream broke off")).toMatchObject({
      title: "The agent stopped before it finished",
      action: "retry",
    });
    expect(agentErrorProblem("model overloaded")).toMatchObject({ title: "The agent reported an error" });
  });
});
