import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useToastStore } from "@/store/toasts";
import { useUndoStore } from "@/store/undo";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { renderCards, testRow } from "@/test/render-cards";

afterEach(() => {
  useUndoStore.getState().forget();
});

describe("CollapseToggle", () => {
  it("collapses a team on the platform at once, and Undo expands it again", async () => {
    const fetchMock = stubFetch(() => jsonResponse(200, { status: "updated" }));
    renderCards([testRow({ id: "t", name: "Team" }), testRow({ id: "m", name: "Member", parent_id: "t" })]);

    await userEvent.click(screen.getByRole("button", { name: "Collapse team Team (1 member)" }));

    expect(await screen.findByRole("button", { name: "Expand team Team (1 member)" })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({ collapsed: true });
    await vi.waitFor(() =>
      expect(useUndoStore.getState().stack.past.map((e) => e.label)).toEqual(["Collapse Team"]),
    );

    await useUndoStore.getState().undo();

    expect(await screen.findByRole("button", { name: "Collapse team Team (1 member)" })).toBeInTheDocument();
    expect(JSON.parse(String(fetchMock.mock.calls[1]?.[1]?.body))).toEqual({ collapsed: false });
  });

  it("puts the team back and says why when the save fails", async () => {
    stubFetch(() => jsonResponse(404, { error: "workspace not found", code: "workspace_not_found" }));
    renderCards([testRow({ id: "t", name: "Team" }), testRow({ id: "m", name: "Member", parent_id: "t" })]);

    await userEvent.click(screen.getByRole("button", { name: "Collapse team Team (1 member)" }));

    await vi.waitFor(() =>
      expect(useToastStore.getState().toasts.at(-1)).toMatchObject({
        kind: "error",
        title: "Couldn't save: Collapse Team",
        message: expect.stringContaining("It may have been removed."),
      }),
    );
    expect(await screen.findByRole("button", { name: "Collapse team Team (1 member)" })).toBeInTheDocument();
    expect(useUndoStore.getState().stack.past).toHaveLength(0);
  });
});
