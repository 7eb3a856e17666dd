import { QueryClient } from "@tanstack/react-query";
import { workspaceRowSchema } from "@/lib/contract";
import { createLocalEdits } from "@/lib/events/local-edits";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { workspaceQueries } from "./workspaces";
import {
  applyOptimisticPatches,
  deleteWorkspace,
  patchWorkspaceOptimistic,
  patchWorkspacesOptimistic,
} from "./workspace-mutations";

const row = (id: string, extra: object = {}) =>
  workspaceRowSchema.parse({ id, name: id.toUpperCase(), status: "online", x: 10, y: 20, ...extra });

function cacheWith(...rows: ReturnType<typeof row>[]) {
  const client = new QueryClient();
  client.setQueryData(workspaceQueries.list().queryKey, rows);
  return client;
}
const editing = (queryClient: QueryClient) => ({ queryClient, localEdits: createLocalEdits() });
const rowsOf = (client: QueryClient) => client.getQueryData(workspaceQueries.list().queryKey) ?? [];

describe("deleteWorkspace", () => {
  it("turns the 409 of a team into a confirmation question listing its children", async () => {
    stubFetch(() =>
      jsonResponse(409, {
        status: "confirmation_required",
        message: "has 1 child",
        children: [{ id: "c", name: "Child" }],
        children_count: 1,
      }),
    );

    await expect(deleteWorkspace("a")).resolves.toEqual({
      kind: "confirmation-required",
      message: "has 1 child",
      children: [{ id: "c", name: "Child" }],
    });
  });

  it("takes a 404 as already removed, so a delete raced by another tab does not fail", async () => {
    stubFetch(() => jsonResponse(404, { error: "workspace not found" }));

    await expect(deleteWorkspace("a", { confirm: true })).resolves.toEqual({
      kind: "removed",
      cascadeDeleted: 0,
    });
  });

  it("sends confirm=true and reports the cascade", async () => {
    const fetchMock = stubFetch(() => jsonResponse(200, { status: "removed", cascade_deleted: 2 }));

    await expect(deleteWorkspace("a", { confirm: true })).resolves.toEqual({
      kind: "removed",
      cascadeDeleted: 2,
    });
    expect(String(fetchMock.mock.calls[0]?.[0])).toMatch(/\/workspaces\/a\?confirm=true$/);
  });
});

describe("applyOptimisticPatches", () => {
  it("rolls back only the fields it changed and keeps what arrived meanwhile", () => {
    const client = cacheWith(row("a"), row("b"));
    const rollback = applyOptimisticPatches(client, new Map([["a", { x: 99, y: 98 }]]));
    client.setQueryData(workspaceQueries.list().queryKey, (rows) =>
      rows?.map((r) => (r.id === "a" ? { ...r, status: "degraded" } : r)),
    );

    rollback();

    expect(rowsOf(client)[0]).toMatchObject({ x: 10, y: 20, status: "degraded" });
  });
});

describe("patchWorkspaceOptimistic", () => {
  it("puts the row back and rethrows when the save fails", async () => {
    stubFetch(() => jsonResponse(400, { error: "name contains invalid characters" }));
    const client = cacheWith(row("a"));

    await expect(patchWorkspaceOptimistic(editing(client), "a", { name: "B" })).rejects.toThrow(
      /invalid characters/,
    );
    expect(rowsOf(client)[0]?.name).toBe("A");
  });
});

describe("patchWorkspacesOptimistic", () => {
  it("sends one PATCH per workspace and rolls back only the one that failed", async () => {
    const fetchMock = stubFetch(
      () => jsonResponse(200, { status: "updated" }),
      () => jsonResponse(404, { error: "workspace not found" }),
    );
    const client = cacheWith(row("a"), row("b"));

    const failures = await patchWorkspacesOptimistic(
      editing(client),
      new Map([
        ["a", { x: 1, y: 2 }],
        ["b", { x: 3, y: 4 }],
      ]),
      1,
    );

    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(failures.map((f) => f.id)).toEqual(["b"]);
    expect(rowsOf(client).map((r) => [r.x, r.y])).toEqual([
      [1, 2],
      [10, 20],
    ]);
  });
});
