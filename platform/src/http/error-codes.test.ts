import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADMIN_AUTH,
  assertErrorBody,
  PRODUCTION,
  startTestPlatform,
  type TestPlatform,
} from "../test/harness";

const UNKNOWN = "3f6c1a2e-8b1d-4c55-9a7e-2f0d9b1c4e10";

describe("every error body carries a stable code", () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform({ ...PRODUCTION });
  });
  afterAll(() => p.stop());

  it("names a malformed id and an unknown workspace", async () => {
    expect(await p.call("GET", "/workspaces/nope", undefined, ADMIN_AUTH)).toMatchObject({
      status: 400,
      body: { error: "invalid workspace ID", code: "invalid_workspace_id" },
    });
    expect(await p.call("GET", `/workspaces/${UNKNOWN}`, undefined, ADMIN_AUTH)).toMatchObject({
      status: 404,
      body: { error: "workspace not found", code: "workspace_not_found" },
    });
  });

  it("names Fastify's own refusals: bad JSON, a body too large, an unknown route", async () => {
    expect(await p.call("POST", "/workspaces", "{not json", ADMIN_AUTH)).toMatchObject({
      status: 400,
      body: { error: "invalid request body", code: "invalid_json" },
    });
    const huge = JSON.stringify({ name: "x".repeat(2 * 1024 * 1024) });
    expect(await p.call("POST", "/workspaces", huge, ADMIN_AUTH)).toMatchObject({
      status: 413,
      body: { error: "request body too large", code: "body_too_large" },
    });
    expect(await p.call("GET", "/no-such-route", undefined, ADMIN_AUTH)).toMatchObject({
      status: 404,
      body: { error: "not found", code: "route_not_found" },
    });
  });

  it("tells a missing credential from a wrong one", async () => {
    expect(await p.call("GET", "/workspaces")).toMatchObject({
      status: 401,
      body: { error: "admin auth required", code: "unauthenticated" },
    });
    expect(await p.call("GET", "/workspaces", undefined, { authorization: "Bearer wrong" })).toMatchObject({
      status: 401,
      body: { error: "invalid admin auth token", code: "invalid_token" },
    });
  });

  it("fails the harness on an error body without a known code", () => {
    expect(() => assertErrorBody("GET", "/x", 500, { error: "boom" })).toThrow(/without a valid error body/);
    expect(() => assertErrorBody("GET", "/x", 400, { error: "x", code: "made_up" })).toThrow();
    expect(() => assertErrorBody("GET", "/x", 400, { error: "x", code: "invalid_body" })).not.toThrow();
  });
});
