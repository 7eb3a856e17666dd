import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { renderWithClient, routes, row } from "@/test/render-with-client";
import { useDialogsStore } from "@/store/dialogs";
import { Toaster } from "@/components/ui/toaster";
import { useUndoStore } from "@/store/undo";
import { DeleteDialog } from "./delete-dialog";

const lead = row({ id: "11111111-1111-4111-8111-111111111111", name: "Research" });
const a = row({ id: "22222222-2222-4222-8222-222222222222", name: "Priya", parent_id: lead.id });
const b = row({ id: "33333333-3333-4333-8333-333333333333", name: "Lena", parent_id: a.id });
const solo = row({ id: "44444444-4444-4444-8444-444444444444", name: "Solo" });
const rows = [lead, a, b, solo];

const exportOk = {
  method: "GET",
  path: /^\/bundles\/export\//,
  reply: () => jsonResponse(200, { schema: "v1", id: lead.id, name: "Research", tier: 3 }),
};

// Stores reset before each test: resetting after would update still-mounted components.
beforeEach(() => {
  useDialogsStore.getState().closeAll();
});

describe("DeleteDialog", () => {
  it("lists everything under a team, waits for its typed name, and can recreate it", async () => {
    useUndoStore.getState().forget();
    const fetchMock = stubFetch(
      routes(
        exportOk,
        {
          method: "DELETE",
          path: /^\/workspaces\//,
          reply: () => jsonResponse(200, { status: "removed", cascade_deleted: 2 }),
        },
        {
          method: "POST",
          path: /^\/bundles\/import$/,
          reply: () => jsonResponse(201, { workspace_id: "new", name: "Research", status: "provisioning" }),
        },
        { method: "PATCH", path: /^\/workspaces\//, reply: () => jsonResponse(200, { status: "updated" }) },
      ),
    );
    useDialogsStore.getState().openDelete([lead.id]);
    renderWithClient(
      <>
        <DeleteDialog />
        <Toaster />
      </>,
      rows,
    );
    const user = userEvent.setup();

    const dialog = screen.getByRole("alertdialog", { name: "Delete team Research?" });
    const list = within(dialog).getByRole("list", { name: /3 workspaces will be removed/ });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Research", "Priya", "Lena"]);
    const confirm = within(dialog).getByRole("button", { name: "Delete" });
    expect(confirm).toBeDisabled();

    await user.type(within(dialog).getByRole("textbox", { name: "Type Research to confirm" }), "Researc");
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole("textbox", { name: "Type Research to confirm" }), "h");
    await user.click(confirm);

    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    const deletes = fetchMock.mock.calls.filter(([, init]) => init?.method === "DELETE");
    expect(deletes.map(([url]) => new URL(String(url), "http://x").search)).toEqual(["?confirm=true"]);
    await user.click(await screen.findByRole("button", { name: "Undo" }));
    await waitFor(() =>
      expect(
        fetchMock.mock.calls.some(
          ([url, init]) => init?.method === "POST" && String(url).endsWith("/bundles/import"),
        ),
      ).toBe(true),
    );
  });

  it("confirms a single workspace with one click", async () => {
    stubFetch(
      routes(exportOk, {
        method: "DELETE",
        path: /^\/workspaces\//,
        reply: () => jsonResponse(200, { status: "removed", cascade_deleted: 0 }),
      }),
    );
    useDialogsStore.getState().openDelete([solo.id]);
    renderWithClient(<DeleteDialog />, rows);

    const dialog = screen.getByRole("alertdialog", { name: "Delete Solo?" });
    expect(within(dialog).queryByRole("textbox")).not.toBeInTheDocument();
    await userEvent.setup().click(within(dialog).getByRole("button", { name: "Delete" }));

    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
  });

  it("stays open and says why when the delete fails", async () => {
    stubFetch(
      routes(exportOk, {
        method: "DELETE",
        path: /^\/workspaces\//,
        reply: () => jsonResponse(500, { error: "workspace marked removed, but 1 stop call(s) failed" }),
      }),
    );
    useDialogsStore.getState().openDelete([solo.id]);
    renderWithClient(<DeleteDialog />, rows);

    await userEvent.setup().click(screen.getByRole("button", { name: "Delete" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("Solo: It answered with an error (500)");
    expect(screen.getByRole("button", { name: "Retry delete" })).toBeEnabled();
  });
});
