import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type TestPlatform } from "../test/harness";

describe("health and liveness", () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p.stop());

  it("answers /health with a constant ok", async () => {
    const res = await p.call("GET", "/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok" });
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("reports supervised loops only after their first tick", async () => {
    const res = await p.call("GET", "/admin/liveness");
    expect(res.status).toBe(200);
    expect(res.body.subsystems).toEqual(expect.any(Object));
  });
});
