import { describe, expect, it } from "vitest";
import { extractA2AText } from "./a2a";

const text = (t: unknown) => ({ kind: "text", text: t });

describe("extractA2AText", () => {
  it("returns a plain string result as it is", () => {
    expect(extractA2AText("Hello")).toBe("Hello");
  });

  it("joins a message's parts, each artifact's, then the status message's, one per line", () => {
    const task = {
      kind: "task",
      parts: [text("own")],
      artifacts: [{ parts: [text("first")] }, { parts: [text("second")] }],
      status: { state: "completed", message: { parts: [text("status")] } },
    };
    expect(extractA2AText(task)).toBe("own\nfirst\nsecond\nstatus");
  });

  it.each([null, undefined, 0, 42, true, [], [text("in a bare list")]])(
    "finds no text in %j, which is not a result object",
    (result) => {
      expect(extractA2AText(result)).toBe("");
    },
  );

  it("finds no text where parts, artifacts or the status message are missing or not lists", () => {
    expect(extractA2AText({})).toBe("");
    expect(extractA2AText({ parts: "Hello", artifacts: { parts: [text("x")] } })).toBe("");
    expect(extractA2AText({ status: "completed" })).toBe("");
    expect(extractA2AText({ status: { message: null } })).toBe("");
    expect(extractA2AText({ status: { message: { parts: { 0: text("x") } } } })).toBe("");
  });

  it("skips file, data, unknown and non-object parts but keeps every text part", () => {
    const parts = [
      { kind: "file", file: { uri: "https://example.com/a.txt" } },
      { kind: "data", data: { text: "not text" } },
      { kind: "TEXT", text: "wrong kind" },
      { text: "no kind" },
      null,
      "bare string",
      7,
      text("kept"),
    ];
    expect(extractA2AText({ parts })).toBe("kept");
  });

  it("stringifies a text part whose text is missing, null or not a string", () => {
    const parts = [{ kind: "text" }, text(null), text(5), text(false), text("end")];
    expect(extractA2AText({ parts })).toBe("\n\n5\nfalse\nend");
  });

  it("reads only the top-level artifacts' own parts, skipping odd entries and nested artifacts", () => {
    const result = {
      artifacts: [
        null,
        "artifact",
        3,
        { name: "no parts" },
        { parts: [text("outer")], artifacts: [{ parts: [text("nested")] }] },
      ],
    };
    expect(extractA2AText(result)).toBe("outer");
  });
});
