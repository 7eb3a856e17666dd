import { act, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { PlatformEvent } from "@/lib/contract";
import { approvalQueries } from "@/lib/api/approvals";
import { reduceApprovals, EMPTY_APPROVALS } from "@/lib/approvals/reduce-approvals";
import { stubFetch } from "@/test/fetch-stub";
import { renderWithClient } from "@/test/render-with-client";
import { ApprovalBadge } from "./approval-badge";

const escalated = (approvalId: string): PlatformEvent =>
  ({
    event: "APPROVAL_ESCALATED",
    workspace_id: "parent",
    timestamp: "2026-01-01T00:00:00.000Z",
    payload: { approval_id: approvalId, from_workspace_id: "child", action: "Deploy", reason: null },
  }) as PlatformEvent;

describe("ApprovalBadge", () => {
  it("counts approvals escalated to the card's workspace from the cache, without fetching", async () => {
    const fetchMock = stubFetch(() => {
      throw new Error("a card must not fetch approvals");
    });
    const { client } = renderWithClient(<ApprovalBadge workspaceId="parent" />);
    expect(screen.queryByLabelText(/waiting/)).toBeNull();
    act(() => {
      client.setQueryData(
        approvalQueries.inbox().queryKey,
        reduceApprovals(EMPTY_APPROVALS, { type: "event", event: escalated("a1"), receivedAt: 1 }),
      );
    });
    expect(await screen.findByLabelText("1 approval waiting")).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
