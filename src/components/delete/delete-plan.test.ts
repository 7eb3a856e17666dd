import { buildTree } from "@/lib/graph/build-tree";
import { row } from "@/test/render-with-client";
import { planDelete } from "./delete-plan";

const lead = row({ id: "lead", name: "Lead" });
const a = row({ id: "a", name: "A", parent_id: "lead" });
const b = row({ id: "b", name: "B", parent_id: "a" });
const solo = row({ id: "solo", name: "Solo" });
const rows = [lead, a, b, solo];
const tree = buildTree(rows);

describe("planDelete", () => {
  it("needs no typed phrase for one workspace without children", () => {
    expect(planDelete(rows, tree, ["solo"])).toMatchObject({ total: 1, phrase: null });
  });

  it("asks for the team name and lists its sub-tree with depths", () => {
    const plan = planDelete(rows, tree, ["lead"]);
    expect(plan.phrase).toBe("Lead");
    expect(plan.targets[0]?.below.map((d) => [d.row.name, d.depth])).toEqual([
      ["A", 1],
      ["B", 2],
    ]);
  });

  it("drops ids already under another chosen id and ignores unknown ones", () => {
    const plan = planDelete(rows, tree, ["a", "b", "solo", "gone"]);
    expect(plan.targets.map((t) => t.root.id)).toEqual(["a", "solo"]);
    expect(plan).toMatchObject({ total: 3, phrase: "delete 3" });
  });
});
