import { describe, expect, it } from "vitest";
import { patchWorkspaceRequestSchema } from "@/lib/contract";
import {
  DEFAULT_PROVISION_TIMEOUT_MS,
  connectionSnippet,
  firstPaused,
  isValidWorkspaceDir,
  patchErrorMessage,
  provisionTimeoutMs,
  wouldCycle,
} from "./workspace-rules";

describe("isValidWorkspaceDir", () => {
  it.each([
    ["/home/ana/project", true],
    ["/tmp/work", true],
    ["/srv/agents/a", true],
    ["relative/path", false],
    ["", false],
    ["/", false],
    ["/etc", false],
    ["/etc/app", false],
    ["/usr/local/x", false],
    ["/proc/1", false],
    ["/home/../etc", false],
  ])("%s → %s", (dir, ok) => {
    expect(isValidWorkspaceDir(dir)).toBe(ok);
  });
});

describe("patchErrorMessage", () => {
  const messageFor = (body: unknown) => {
    const r = patchWorkspaceRequestSchema.safeParse(body);
    if (r.success) throw new Error("expected a failure");
    return patchErrorMessage(r.error.issues);
  };
  it.each([
    [{ name: "a\nb" }, "name must not contain newline characters"],
    [{ name: "a{b" }, "name contains invalid characters"],
    [{ name: "x".repeat(300) }, "name must be at most 255 characters"],
    [{ role: "r".repeat(1001) }, "role must be at most 1000 characters"],
    [{ tier: 9 }, "tier must be an integer from 1 to 4"],
    [{ name: 5 }, "invalid request body"],
    [{ y: 1 }, "x and y must be sent together"],
  ])("%j → %s", (body, message) => {
    expect(messageFor(body)).toBe(message);
  });
});

describe("provisionTimeoutMs", () => {
  it("prefers the override, then the row's manifest timeout, then the runtime default", () => {
    expect(provisionTimeoutMs("worker", 300_000, 45)).toBe(45_000);
    expect(provisionTimeoutMs("worker", 300_000, null)).toBe(300_000);
    expect(provisionTimeoutMs("hermes", null, null)).toBe(30 * 60_000);
    expect(provisionTimeoutMs("worker", null, null)).toBe(DEFAULT_PROVISION_TIMEOUT_MS);
  });
});

describe("wouldCycle", () => {
  const parents: Record<string, string | null> = { a: null, b: "a", c: "b" };
  it("detects a new parent that is the node itself or below it", () => {
    const lookup = (id: string) => parents[id];
    expect(wouldCycle("a", "c", lookup)).toBe(true);
    expect(wouldCycle("a", "a", lookup)).toBe(true);
    expect(wouldCycle("c", "a", lookup)).toBe(false);
  });
});

describe("firstPaused", () => {
  it("returns the nearest paused ancestor", () => {
    expect(firstPaused([{ status: "online" }, { status: "paused", name: "P" }])).toEqual({
      status: "paused",
      name: "P",
    });
    expect(firstPaused([{ status: "online" }])).toBeUndefined();
  });
});

describe("connectionSnippet", () => {
  it("points at the registry and carries the token once", () => {
    const s = connectionSnippet("http://localhost:8080", "ws-1", "tok");
    expect(s).toMatchObject({
      workspace_id: "ws-1",
      platform_url: "http://localhost:8080",
      auth_token: "tok",
      registry_endpoint: "http://localhost:8080/registry/register",
      heartbeat_endpoint: "http://localhost:8080/registry/heartbeat",
    });
    expect(s.curl_register_template).toContain("Bearer tok");
    expect(s.python_snippet).toContain('"id": "ws-1"');
  });
});
