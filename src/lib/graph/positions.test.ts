import { workspaceRowSchema } from "@/lib/contract";
import { keepUnmoved } from "./positions";

const row = (id: string, x: number, y: number) =>
  workspaceRowSchema.parse({ id, name: id, status: "online", x, y });

describe("keepUnmoved", () => {
  const laidOut = new Map([
    ["new", { x: 1200, y: 1000 }],
    ["member", { x: 1220, y: 1080 }],
    ["gone", { x: 0, y: 500 }],
  ]);

  it("keeps the layout of rows still where they were when it started", () => {
    const before = [row("new", 0, 0), row("member", 0, 0), row("gone", 0, 0)];
    const now = [row("new", 0, 0), row("member", 0, 0)];

    expect([...keepUnmoved(laidOut, before, now).keys()]).toEqual(["new", "member"]);
  });

  it("leaves a card that was moved meanwhile where it was put", () => {
    const before = [row("new", 0, 0), row("member", 0, 0)];
    const now = [row("new", 1700, 590), row("member", 0, 0)];

    const kept = keepUnmoved(laidOut, before, now);

    expect(kept.has("new")).toBe(false);
    expect(kept.get("member")).toEqual({ x: 1220, y: 1080 });
  });
});
