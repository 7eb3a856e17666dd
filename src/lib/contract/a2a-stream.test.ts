import { describe, expect, it } from "vitest";
import { extractA2AText } from "./a2a";
import { EMPTY_STREAM_FOLD, foldA2AStream } from "./a2a-stream";
import { feedSse } from "./sse";

const text = (t: string) => [{ kind: "text", text: t }];

describe("foldA2AStream", () => {
  it("folds a task, progress notes and appended chunks into one task result", () => {
    const events = [
      { kind: "task", id: "t", status: { state: "working" } },
      {
        kind: "status-update",
        taskId: "t",
        status: { state: "working", message: { parts: text("Asked Research") } },
        final: false,
      },
      {
        kind: "artifact-update",
        taskId: "t",
        artifact: { artifactId: "a", parts: text("Hello ") },
        append: false,
      },
      {
        kind: "artifact-update",
        taskId: "t",
        artifact: { artifactId: "a", parts: text("world") },
        append: true,
      },
    ];
    const mid = events.reduce(foldA2AStream, EMPTY_STREAM_FOLD);
    expect(mid).toMatchObject({ progress: "Asked Research", done: false });
    const end = foldA2AStream(mid, {
      kind: "status-update",
      taskId: "t",
      status: { state: "completed" },
      final: true,
    });
    expect(end.done).toBe(true);
    expect(extractA2AText(end.result)).toBe("Hello world");
  });

  it("takes a direct message as the whole answer", () => {
    const fold = foldA2AStream(EMPTY_STREAM_FOLD, { kind: "message", role: "agent", parts: text("Hi") });
    expect(fold).toMatchObject({ done: true, result: { kind: "message", parts: text("Hi") } });
  });

  it("ignores shapes it does not know", () => {
    expect(foldA2AStream(EMPTY_STREAM_FOLD, { kind: "mystery" })).toBe(EMPTY_STREAM_FOLD);
  });
});

describe("feedSse", () => {
  it("returns complete events only and keeps the rest for the next chunk", () => {
    const buffer = { rest: "" };
    expect(feedSse(buffer, 'data: {"a":1}\n\ndata: {"b"')).toEqual(['{"a":1}']);
    expect(feedSse(buffer, ":2}\r\n\r\n: comment\n\n")).toEqual(['{"b":2}']);
    expect(buffer.rest).toBe("");
  });
});
