import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { PlatformEvent } from "@/lib/contract";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { renderWithClient, routes, row } from "@/test/render-with-client";
import { ApprovalsInbox } from "./approvals-inbox";

const LEAD = "22222222-2222-4222-8222-222222222222";
const pending = {
  id: "33333333-3333-4333-8333-333333333333",
  workspace_id: LEAD,
  workspace_name: "Lead",
  action: "Run: deploy the site",
  reason: "Needs sign-off",
  status: "pending",
  created_at: new Date().toISOString(),
};

describe("ApprovalsInbox", () => {
  it("reads the pending list again when the socket first opens after it, so a request raised in between shows", async () => {
    let answer: unknown[] = [];
    const lead = row({ id: LEAD, name: "Lead" });
    const fetchMock = stubFetch(
      routes(
        { method: "GET", path: /\/approvals\/pending$/, reply: () => jsonResponse(200, answer) },
        // The workspace list was read before the socket opened too, so it is read again.
        { method: "GET", path: /\/workspaces$/, reply: () => jsonResponse(200, [lead]) },
      ),
    );
    const approvalReads = () => fetchMock.mock.calls.filter(([url]) => String(url).includes("/approvals/"));
    const { session } = renderWithClient(<ApprovalsInbox decidedBy="ada@example.com" />, [lead]);
    await waitFor(() => expect(approvalReads()).toHaveLength(1));

    answer = [pending];
    act(() => session.hub.emitStatus("live"));

    const button = screen.getByRole("button", { name: /Approvals/ });
    expect(await within(button).findByLabelText("1 pending")).toBeInTheDocument();
    expect(approvalReads()).toHaveLength(2);
  });

  it("shows a requested approval live and approves it with one click", async () => {
    const fetchMock = stubFetch(
      routes(
        { method: "GET", path: /\/approvals\/pending$/, reply: () => jsonResponse(200, []) },
        {
          method: "POST",
          path: /\/decide$/,
          reply: () => jsonResponse(200, { status: "approved", approval_id: pending.id }),
        },
      ),
    );
    const { session } = renderWithClient(<ApprovalsInbox decidedBy="ada@example.com" />, [
      row({ id: LEAD, name: "Lead" }),
    ]);
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    act(() =>
      session.hub.emitEvent({
        event: "APPROVAL_REQUESTED",
        workspace_id: LEAD,
        timestamp: new Date().toISOString(),
        payload: { approval_id: pending.id, action: "Run: deploy the site", reason: null, task_id: null },
      } as PlatformEvent),
    );
    const button = screen.getByRole("button", { name: /Approvals/ });
    // Within 2 s of the event: the query cache notifies on its next tick.
    expect(await within(button).findByLabelText("1 pending", {}, { timeout: 2000 })).toBeInTheDocument();
    await userEvent.click(button);
    await userEvent.click(await screen.findByRole("button", { name: "Approve Lead: Run: deploy the site" }));
    expect(screen.getByText(/Approved by ada@example.com/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/saving/)).toBeNull());
    const decide = fetchMock.mock.calls.find(([, init]) => init?.method === "POST")!;
    expect(String(decide[0])).toContain(`/workspaces/${LEAD}/approvals/${pending.id}/decide`);
    expect(JSON.parse(String(decide[1]!.body))).toEqual({
      decision: "approved",
      decided_by: "ada@example.com",
    });
  });

  it("puts a denial back to pending when saving it fails, and says so", async () => {
    stubFetch(
      routes(
        { method: "GET", path: /\/approvals\/pending$/, reply: () => jsonResponse(200, [pending]) },
        { method: "POST", path: /\/decide$/, reply: () => jsonResponse(500, { error: "boom" }) },
      ),
    );
    renderWithClient(<ApprovalsInbox />, []);
    await userEvent.click(await screen.findByRole("button", { name: /1 pending/ }));
    await userEvent.click(await screen.findByRole("button", { name: "Deny Lead: Run: deploy the site" }));
    expect(
      await screen.findByRole("button", { name: "Deny Lead: Run: deploy the site" }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText("1 pending")).toBeInTheDocument();
  });

  it("refetches the pending list when the socket reconnects", async () => {
    const fetchMock = stubFetch(
      routes(
        { method: "GET", path: /\/approvals\/pending$/, reply: () => jsonResponse(200, []) },
        { method: "GET", path: /\/workspaces$/, reply: () => jsonResponse(200, []) },
      ),
    );
    const approvalReads = () => fetchMock.mock.calls.filter(([url]) => String(url).includes("/approvals/"));
    const { session } = renderWithClient(<ApprovalsInbox />, []);
    await waitFor(() => expect(approvalReads()).toHaveLength(1));
    act(() => session.hub.emitReconnect());
    await waitFor(() => expect(approvalReads()).toHaveLength(2));
  });

  it("counts each request's age from when the inbox is opened", async () => {
    const openedAt = Date.parse("2026-01-01T12:08:00.000Z");
    const asked = { ...pending, created_at: "2026-01-01T12:00:00.000Z" };
    stubFetch(
      routes({ method: "GET", path: /\/approvals\/pending$/, reply: () => jsonResponse(200, [asked]) }),
    );
    renderWithClient(<ApprovalsInbox />, []);
    const button = await screen.findByRole("button", { name: /1 pending/ });

    vi.spyOn(Date, "now").mockReturnValue(openedAt);
    await userEvent.click(button);

    const inbox = await screen.findByRole("dialog", { name: "Approvals inbox" });
    expect(within(inbox).getByText("8 min ago")).toBeInTheDocument();
  });
});
