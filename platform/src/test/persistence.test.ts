import { afterAll, describe, expect, it } from "vitest";
import { startTestPlatform, type TestPlatform } from "./harness";

/** Everything the canvas writes survives a restart on the same data dir. */
describe("persistence across restarts", () => {
  let p: TestPlatform | undefined;
  afterAll(() => p?.stop());

  it("keeps workspaces, layout, viewport and secrets (still decryptable)", async () => {
    p = await startTestPlatform();
    const dir = p.dataDir;
    const lead = (
      await p.call("POST", "/workspaces", { name: "Lead", canvas: { x: 10, y: 20 }, budget_limit: 900 })
    ).body.id;
    const kid = (await p.call("POST", "/workspaces", { name: "Kid", parent_id: lead })).body.id;
    await p.call("PATCH", `/workspaces/${kid}`, { x: 300, y: 400, collapsed: true, role: "helps" });
    await p.call("PUT", "/canvas/viewport", { x: -50, y: 25, zoom: 0.75 });
    await p.call("PUT", "/settings/secrets", { key: "GLOBAL_KEY", value: "g-value" });
    await p.call("PUT", `/workspaces/${kid}/secrets`, { key: "KID_KEY", value: "k-value" });
    const before = (await p.call("GET", "/workspaces")).body;
    await p.stop(true);

    p = await startTestPlatform({}, dir);
    expect((await p.call("GET", "/workspaces")).body).toEqual(before);
    expect((await p.call("GET", `/workspaces/${kid}`)).body).toMatchObject({
      x: 300,
      y: 400,
      collapsed: true,
      role: "helps",
      parent_id: lead,
    });
    expect((await p.call("GET", "/canvas/viewport")).body).toEqual({ x: -50, y: 25, zoom: 0.75 });
    expect((await p.call("GET", `/workspaces/${kid}/secrets/values`)).body).toEqual({
      GLOBAL_KEY: "g-value",
      KID_KEY: "k-value",
    });
    expect((await p.call("GET", "/settings/secrets")).body.map((s: { key: string }) => s.key)).toEqual([
      "GLOBAL_KEY",
    ]);
  });
});

describe("demo seed", () => {
  let p: TestPlatform | undefined;
  afterAll(() => p?.stop());

  it("imports the demo org once into an empty org and not again on restart", async () => {
    p = await startTestPlatform({ MOLECULE_DEMO: "seed" });
    const rows = (await p.call("GET", "/workspaces")).body as {
      id: string;
      name: string;
      parent_id: string | null;
      x: number;
      y: number;
    }[];
    expect(rows.length).toBeGreaterThanOrEqual(12);
    const roots = rows.filter((r) => r.parent_id === null);
    expect(roots.map((r) => r.name)).toEqual(["Maya Okafor"]);
    const teams = rows.filter((r) => r.parent_id === roots[0]!.id);
    expect(teams.length).toBeGreaterThanOrEqual(3);
    // Children sit below their parent, and no two cards share a spot.
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const r of rows) if (r.parent_id) expect(r.y).toBeGreaterThan(byId.get(r.parent_id)!.y);
    expect(new Set(rows.map((r) => `${r.x},${r.y}`)).size).toBe(rows.length);
    const dir = p.dataDir;
    await p.stop(true);
    p = await startTestPlatform({ MOLECULE_DEMO: "seed" }, dir);
    expect((await p.call("GET", "/workspaces")).body).toHaveLength(rows.length);
  });
});
