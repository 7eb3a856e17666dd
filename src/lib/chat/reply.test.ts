import { describe, expect, it } from "vitest";
import { extractReply, safeFileHref } from "./reply";

describe("extractReply", () => {
  it("reads a plain string result", () => {
    expect(extractReply("Hi there")).toEqual({ text: "Hi there", files: [] });
  });

  it("reads a message's text parts in order", () => {
    const result = {
      kind: "message",
      role: "agent",
      parts: [
        { kind: "text", text: "One" },
        { kind: "text", text: "Two" },
      ],
    };
    expect(extractReply(result).text).toBe("One\n\nTwo");
  });

  it("reads a task's artifacts and its status message", () => {
    const result = {
      kind: "task",
      status: { state: "completed", message: { parts: [{ kind: "text", text: "Summary" }] } },
      artifacts: [{ artifactId: "a", parts: [{ kind: "text", text: "Report body" }] }],
    };
    expect(extractReply(result).text).toBe("Report body\n\nSummary");
  });

  it("shows a task's answer once when the status repeats the artifact", () => {
    const result = {
      status: { state: "completed", message: { parts: [{ kind: "text", text: "Same" }] } },
      artifacts: [{ parts: [{ kind: "text", text: "Same" }] }],
    };
    expect(extractReply(result).text).toBe("Same");
  });

  it("collects files from file parts with a download link only for safe URLs", () => {
    const result = {
      parts: [
        {
          kind: "file",
          file: {
            name: "report.pdf",
            mimeType: "application/pdf",
            uri: "https://files.example/r.pdf",
            size: 2048,
          },
        },
        { kind: "file", file: { name: "evil", uri: "javascript:alert(1)" } },
        { kind: "file", file: { name: "notes.txt", mimeType: "text/plain", bytes: "aGk=" } },
        { kind: "data", data: { x: 1 } },
      ],
    };
    expect(extractReply(result).files).toEqual([
      { name: "report.pdf", mimeType: "application/pdf", size: 2048, href: "https://files.example/r.pdf" },
      { name: "evil", mimeType: undefined, size: undefined, href: null },
      { name: "notes.txt", mimeType: "text/plain", size: undefined, href: "data:text/plain;base64,aGk=" },
    ]);
  });

  it("returns nothing for shapes it does not know", () => {
    expect(extractReply(null)).toEqual({ text: "", files: [] });
    expect(extractReply(42)).toEqual({ text: "", files: [] });
    expect(extractReply({ parts: "nope" })).toEqual({ text: "", files: [] });
  });
});

describe("safeFileHref", () => {
  it("refuses script-capable URLs", () => {
    expect(safeFileHref("javascript:alert(1)")).toBeNull();
    expect(safeFileHref("data:text/html;base64,PHNjcmlwdD4=")).toBeNull();
    expect(safeFileHref("workspace:/out/a.png")).toBeNull();
    expect(safeFileHref("https://ok.example/a.png")).toBe("https://ok.example/a.png");
  });
});
