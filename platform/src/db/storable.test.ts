import { describe, expect, it } from "vitest";
import { jsonbText, storableText } from "./storable";

describe("storable text", () => {
  it("replaces NUL in strings and keys, and leaves an escaped backslash before u0000 alone", () => {
    const v = { "k\u0000": ["a\u0000b", "\\u0000", "\\\u0000"] };
    expect(JSON.parse(jsonbText(v)!)).toEqual({ "k\uFFFD": ["a\uFFFDb", "\\u0000", "\\\uFFFD"] });
    expect(jsonbText(undefined)).toBeNull();
    expect(storableText("x\u0000")).toBe("x\uFFFD");
  });
});
