import { describe, expect, it } from "vitest";
import { parseActivityQuery } from "./activity-query";

describe("parseActivityQuery", () => {
  it("defaults and caps the limit", () => {
    expect(parseActivityQuery({}, 500)).toEqual({ limit: 100 });
    expect(parseActivityQuery({ limit: "abc" }, 500)).toEqual({ limit: 100 });
    expect(parseActivityQuery({ limit: "-3" }, 500)).toEqual({ limit: 100 });
    expect(parseActivityQuery({ limit: "9999" }, 500)).toEqual({ limit: 500 });
    expect(parseActivityQuery({ limit: "9999" }, 5000)).toEqual({ limit: 5000 });
  });

  it("accepts canvas/agent sources only", () => {
    expect(parseActivityQuery({ source: "agent" }, 500)).toEqual({ source: "agent", limit: 100 });
    expect(parseActivityQuery({ source: "robot" }, 500)).toBe("source must be 'canvas' or 'agent'");
  });

  it("parses since and rejects garbage", () => {
    const q = parseActivityQuery({ since: "2026-04-27T10:15:30.123Z", type: "delegation" }, 500);
    expect(q).toEqual({ since: new Date("2026-04-27T10:15:30.123Z"), type: "delegation", limit: 100 });
    expect(parseActivityQuery({ since: "yesterday-ish" }, 500)).toBe("since must be an RFC 3339 timestamp");
  });
});
