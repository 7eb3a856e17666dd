import { workspaceRowSchema } from "@/lib/contract";
import { teamsWithStrayMembers } from "./stray-members";

const row = (id: string, x: number, y: number, parent_id: string | null = null) =>
  workspaceRowSchema.parse({ id, name: id, status: "online", x, y, parent_id });

describe("teamsWithStrayMembers", () => {
  it("finds a team whose member sits left of it, and only the outermost such team", () => {
    const rows = [row("root", 500, 40), row("team", 100, 200, "root"), row("a", 50, 400, "team")];

    expect(teamsWithStrayMembers(rows)).toEqual(["root"]);
  });

  it("leaves teams whose members are inside alone, and ignores unplaced members", () => {
    const rows = [row("team", 100, 100), row("a", 124, 188, "team"), row("b", 0, 0, "team")];

    expect(teamsWithStrayMembers(rows)).toEqual([]);
  });
});
