import { bundleSchema, type BundleImportResult } from "@/lib/contract";
import { pairImported, placementPatches } from "./bundle-placement";

const bundle = bundleSchema.parse({
  schema: "molecule.bundle/v1",
  id: "lead",
  name: "Lead",
  tier: 3,
  sub_workspaces: [
    { schema: "s", id: "a", name: "A", tier: 2 },
    { schema: "s", id: "b", name: "B", tier: 2 },
  ],
});
const result: BundleImportResult = {
  workspace_id: "lead2",
  name: "Lead",
  status: "provisioning",
  children: [
    { workspace_id: "a2", name: "A", status: "provisioning" },
    { workspace_id: "b2", name: "B", status: "failed", error: "boom" },
  ],
};

describe("pairImported", () => {
  it("pairs every source node with the copy the import made, in bundle order", () => {
    expect(pairImported(bundle, result)).toEqual([
      { sourceId: "lead", newId: "lead2" },
      { sourceId: "a", newId: "a2" },
      { sourceId: "b", newId: "b2" },
    ]);
  });

  it("skips a branch whose names do not line up", () => {
    const odd = { ...result, children: [{ workspace_id: "z", name: "Z", status: "provisioning" as const }] };
    expect(pairImported(bundle, odd)).toEqual([{ sourceId: "lead", newId: "lead2" }]);
  });
});

describe("placementPatches", () => {
  it("moves copies to their sources' positions plus the offset and re-parents only the root", () => {
    const positions = new Map([
      ["lead", { x: 100, y: 50 }],
      ["a", { x: 120, y: 150 }],
    ]);
    const patches = placementPatches(pairImported(bundle, result), positions, { x: 40, y: 40 }, "team");
    expect(Object.fromEntries(patches)).toEqual({
      lead2: { x: 140, y: 90, parent_id: "team" },
      a2: { x: 160, y: 190 },
    });
  });
});
