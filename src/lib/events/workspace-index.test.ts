import { describe, expect, it } from "vitest";
import { workspaceRowSchema } from "@/lib/contract";
import { indexById, selectWorkspace } from "./workspace-index";

const rows = ["a", "b"].map((id) => workspaceRowSchema.parse({ id, name: id, status: "online" }));

describe("indexById", () => {
  it("finds a workspace by id", () => {
    expect(selectWorkspace(rows, "b")).toBe(rows[1]);
    expect(selectWorkspace(rows, "zzz")).toBeUndefined();
  });

  it("builds the index once per list", () => {
    expect(indexById(rows)).toBe(indexById(rows));
    expect(indexById([...rows])).not.toBe(indexById(rows));
  });
});
