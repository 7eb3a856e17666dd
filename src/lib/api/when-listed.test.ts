import { createQueryClient } from "./query-client";
import { workspaceQueries } from "./queries";
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

  it("gives up after the timeout", async () => {
    vi.useFakeTimers();
    const client = createQueryClient();
    const listed = whenListed(client, "never", 1_000);

    vi.advanceTimersByTime(1_000);

    await expect(listed).resolves.toBe(false);
    vi.useRealTimers();
  });
});
