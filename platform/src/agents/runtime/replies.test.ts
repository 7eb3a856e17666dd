import { describe, expect, it } from "vitest";
import { combineReplies, skillsFrom, subtaskFor, workerReply } from "./replies";

describe("local runtime replies", () => {
  it("answers the same task the same way and flavours it by role", () => {
    const eng = { name: "Backend Engineer", role: "Backend engineer" };
    expect(workerReply(eng, "Add rate limits")).toBe(workerReply(eng, "Add rate limits"));
    expect(workerReply(eng, "Add rate limits")).toContain("ran the test suite");
    expect(workerReply({ name: "QA", role: "QA lead" }, "Add rate limits")).toContain("no regressions");
  });

  it("gives each child a numbered part and combines the results with failures marked", () => {
    const part = subtaskFor("Launch v2", { name: "Ana", role: "Designer" }, 0, 3);
    expect(part).toMatch(/^Launch v2\n\nYour part \(1\/3, Ana\): shape how it looks/);
    // A nested lead splits its part again but keeps quoting the original ask.
    expect(subtaskFor(part, { name: "Bo", role: "QA" }, 1, 2)).toMatch(
      /^Launch v2\n\nYour part \(2\/2, Bo\)/,
    );
    expect(workerReply({ name: "Bo", role: "QA" }, part)).toContain('"Launch v2"');
    const out = combineReplies({ name: "Lead", role: "lead" }, "Launch v2", [
      { name: "Ana", ok: true, text: "done" },
      { name: "Bo", ok: false, text: "timeout" },
    ]);
    expect(out).toContain("1/2 parts done");
    expect(out).toContain("- Bo: failed (timeout)");
  });

  it("reads template skills from objects or plain names and ignores garbage", () => {
    expect(
      skillsFrom(JSON.stringify([{ id: "plan", name: "Planning", tags: ["x"] }, "Code review"])),
    ).toEqual([
      { id: "plan", name: "Planning", description: "", tags: ["x"] },
      { id: "code-review", name: "Code review", description: "", tags: [] },
    ]);
    expect(skillsFrom("{nope")).toBeNull();
    expect(skillsFrom(undefined)).toBeNull();
  });
});
