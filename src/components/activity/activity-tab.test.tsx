import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { PlatformEvent } from "@/lib/contract";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { renderWithClient, routes } from "@/test/render-with-client";
import { ActivityTab } from "./activity-tab";

const WS = "44444444-4444-4444-8444-444444444444";
const base = {
  workspace_id: WS,
  source_id: null,
  target_id: WS,
  method: "message/send",
  duration_ms: 1500,
  error_detail: null,
};
const rows = [
  {
    ...base,
    id: "b",
    activity_type: "a2a_receive",
    summary: "message/send → Lead",
    status: "ok",
    created_at: "2026-01-01T00:00:02.000Z",
    request_body: { secret: "x".repeat(10) },
  },
  {
    ...base,
    id: "a",
    activity_type: "a2a_receive",
    summary: "budget call",
    status: "error",
    error_detail: "workspace budget limit exceeded",
    created_at: "2026-01-01T00:00:01.000Z",
  },
];

describe("ActivityTab", () => {
  it("lists rows newest first and adds live rows without refetching", async () => {
    const fetchMock = stubFetch(
      routes({ method: "GET", path: /\/activity$/, reply: () => jsonResponse(200, rows) }),
    );
    const { session } = renderWithClient(<ActivityTab workspaceId={WS} />);
    expect(await screen.findByText("message/send → Lead")).toBeInTheDocument();
    act(() =>
      session.hub.emitEvent({
        event: "ACTIVITY_LOGGED",
        workspace_id: WS,
        timestamp: new Date().toISOString(),
        payload: {
          activity_type: "task_update",
          method: null,
          summary: "Working on: pricing",
          status: "ok",
          source_id: null,
          target_id: null,
          duration_ms: null,
        },
      } as PlatformEvent),
    );
    // The live session writes the row to the query cache, which notifies on its next tick.
    await waitFor(() => expect(within_list()[0]).toHaveTextContent("Working on: pricing"));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("filters by type and shows failures with a hint under Errors", async () => {
    stubFetch(routes({ method: "GET", path: /\/activity$/, reply: () => jsonResponse(200, rows) }));
    renderWithClient(<ActivityTab workspaceId={WS} />);
    await screen.findByText("budget call");
    await userEvent.click(screen.getByRole("button", { name: "Errors" }));
    await waitFor(() => expect(screen.queryByText("message/send → Lead")).toBeNull());
    await userEvent.click(screen.getByText("budget call"));
    expect(screen.getByText(/Raise the budget on the Budget tab/)).toBeVisible();
  });
});

function within_list() {
  return screen.getAllByRole("listitem");
}
