import { describe, expect, it } from "vitest";
import { workspaceRowSchema, type WorkspaceRow } from "@/lib/contract";
import { buildTree, descendantsOf } from "./build-tree";

const ws = (id: string, parent_id: string | null = null): WorkspaceRow =>
  workspaceRowSchema.parse({ id, name: id, status: "online", parent_id });

describe("buildTree", () => {
  it("lists children in row order and depth from the root", () => {
    const tree = buildTree([ws("ceo"), ws("cto", "ceo"), ws("dev", "cto"), ws("cfo", "ceo")]);
    expect(tree.roots).toEqual(["ceo"]);
    expect(tree.childrenOf.get("ceo")).toEqual(["cto", "cfo"]);
    expect(tree.depthOf.get("dev")).toBe(2);
    expect(tree.order).toEqual(["ceo", "cto", "dev", "cfo"]);
  });

  it("puts a parent before its children even when the rows list the child first", () => {
    expect(buildTree([ws("child", "parent"), ws("parent")]).order).toEqual(["parent", "child"]);
  });

  it("treats a row whose parent is missing as a root", () => {
    const tree = buildTree([ws("orphan", "gone")]);
    expect(tree.roots).toEqual(["orphan"]);
    expect(tree.parentOf.get("orphan")).toBeNull();
  });

  it("breaks a cycle at its oldest row and keeps every row", () => {
    const tree = buildTree([ws("a", "c"), ws("b", "a"), ws("c", "b"), ws("self", "self")]);
    expect(tree.roots).toEqual(["a", "self"]);
    expect(tree.order).toEqual(["a", "b", "c", "self"]);
  });

  it("lists every descendant of a team", () => {
    const tree = buildTree([ws("t"), ws("x", "t"), ws("y", "x"), ws("z")]);
    expect(descendantsOf(tree, "t")).toEqual(["x", "y"]);
  });
});
