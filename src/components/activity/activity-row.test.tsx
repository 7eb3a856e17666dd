import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ActivityEntry } from "@/lib/activity/live-activity";
import { ActivityRow } from "./activity-row";

const LONG =
  "Delegated <b>the pricing review</b> to Research, asking for three competitor price points by Friday";

function entry(summary: string): ActivityEntry {
  return {
    id: "a",
    workspace_id: "44444444-4444-4444-8444-444444444444",
    activity_type: "delegation",
    method: null,
    summary,
    status: "ok",
    source_id: null,
    target_id: null,
    duration_ms: null,
    error_detail: null,
    created_at: "2026-01-01T00:00:00.000Z",
  } as ActivityEntry;
}

describe("ActivityRow", () => {
  it("expands a long summary in place, as plain text", async () => {
    render(
      <ul>
        <ActivityRow entry={entry(LONG)} now={Date.parse("2026-01-01T00:01:00.000Z")} />
      </ul>,
    );
    const user = userEvent.setup();
    const toggle = screen.getByRole("button", { name: "Show the full summary" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.getByText(LONG)).toHaveClass("truncate");

    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard("{Enter}");

    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(toggle).toHaveAccessibleName("Show less of the summary");
    expect(screen.getByText(LONG)).not.toHaveClass("truncate");
    expect(screen.getByRole("listitem").querySelector("b")).toBeNull();
  });

  it("offers no expansion for a short summary", () => {
    render(
      <ul>
        <ActivityRow entry={entry("budget call")} now={Date.parse("2026-01-01T00:01:00.000Z")} />
      </ul>,
    );
    expect(screen.queryByRole("button")).toBeNull();
  });
});
