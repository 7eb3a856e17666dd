import { createQueryClient } from "./query-client";
import { workspaceQueries } from "./workspaces";
import { row } from "@/test/render-with-client";
import { whenListed } from "./when-listed";

describe("whenListed", () => {
  it("resolves once the row reaches the cached list", async () => {
    const client = createQueryClient();
    client.setQueryData(workspaceQueries.list().queryKey, []);
    const listed = whenListed(client, "new");

    client.setQueryData(workspaceQueries.list().queryKey, [row({ id: "new", name: "New" })]);

    await expect(listed).resolves.toBe(true);
  });

  it("waits until the row is in the state the caller asked for", async () => {
    const client = createQueryClient();
    const key = workspaceQueries.list().queryKey;
    client.setQueryData(key, [row({ id: "new", name: "New" })]);
    let isDone = false;
    const placed = whenListed(client, "new", (r) => r.x !== 0).then((v) => (isDone = v));

    await Promise.resolve();
    expect(isDone).toBe(false);
    client.setQueryData(key, [row({ id: "new", name: "New", x: 40, y: 40 })]);

    await expect(placed).resolves.toBe(true);
  });

  it("gives up after the timeout", async () => {
    vi.useFakeTimers();
    const client = createQueryClient();
    const listed = whenListed(client, "never", () => true, 1_000);

    vi.advanceTimersByTime(1_000);

    await expect(listed).resolves.toBe(false);
    vi.useRealTimers();
  });
});
