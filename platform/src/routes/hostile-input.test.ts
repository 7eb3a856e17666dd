import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOSTILE_STRINGS, oversized } from "@/test/hostile-corpus";
import { startTestPlatform, type TestPlatform } from "../test/harness";

type Reply = Awaited<ReturnType<TestPlatform["call"]>>;

/** A rejection must say why in the one error shape; anything else must be a success. */
function expectClearRejectionOr(res: Reply, ok: number) {
  if (res.status >= 400) {
    expect(res.status).toBeLessThan(500);
    expect(typeof res.body.error).toBe("string");
  } else {
    expect(res.status).toBe(ok);
  }
}

/**
 * What "verbatim" can mean for text Postgres stores as UTF-8: a lone surrogate cannot be encoded and
 * comes back as U+FFFD, and names are trimmed (which takes a leading BOM with the spaces).
 */
function expectSameText(actual: unknown, sent: string) {
  const wellFormed = sent.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "\uFFFD",
  );
  expect([sent, wellFormed, wellFormed.trim()]).toContain(actual);
}

/** Stored text comes back as JSON data, never as a document a browser would render. */
function expectInert(res: Reply) {
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
}

describe("hostile input to the platform", () => {
  let p: TestPlatform;
  let id: string;
  beforeAll(async () => {
    p = await startTestPlatform();
    id = (await p.call("POST", "/workspaces", { name: "Target" })).body.id;
  });
  afterAll(async () => {
    await p.stop();
  });

  it.each(HOSTILE_STRINGS.map((s) => [JSON.stringify(s).slice(0, 40), s]))(
    "stores workspace name and role %s verbatim or rejects it with a clear 400",
    async (_label, text) => {
      const created = await p.call("POST", "/workspaces", { name: text, role: text });
      expectClearRejectionOr(created, 201);
      if (created.status !== 201) return;
      const read = await p.call("GET", `/workspaces/${created.body.id}`);
      expectInert(read);
      expectSameText(read.body.name, text);
      if (text.trim() !== "") expectSameText(read.body.role, text);
      const patched = await p.call("PATCH", `/workspaces/${created.body.id}`, {
        name: `${text}!`,
        role: text,
      });
      expectClearRejectionOr(patched, 200);
    },
  );

  it.each(HOSTILE_STRINGS.map((s) => [JSON.stringify(s).slice(0, 40), s]))(
    "keeps an agent card and activity summary carrying %s verbatim",
    async (_label, text) => {
      const reg = await p.call("POST", "/registry/register", {
        id,
        url: "http://127.0.0.1:9/agent",
        agent_card: { name: text, description: text, skills: [{ id: "s", name: text, description: text }] },
      });
      expectClearRejectionOr(reg, 200);
      if (reg.status === 200) {
        const read = await p.call("GET", `/workspaces/${id}`);
        expectInert(read);
        expectSameText(read.body.agent_card.name, text);
        expectSameText(read.body.agent_card.skills[0].description, text);
      }
      const logged = await p.call("POST", `/workspaces/${id}/activity`, {
        activity_type: "agent_log",
        summary: text,
      });
      expectClearRejectionOr(logged, 200);
      if (logged.status === 200) {
        const rows = await p.call("GET", `/workspaces/${id}/activity?limit=1`);
        expectInert(rows);
        expectSameText(rows.body[0].summary, text);
      }
    },
  );

  it("answers an oversized body with 413 and a reason", async () => {
    const res = await p.call("POST", "/workspaces", { name: oversized(2 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(typeof res.body.error).toBe("string");
  });

  it.each([100, 5_000, 50_000])("survives JSON nested %i levels deep and stays up", async (depth) => {
    // Written out by hand: serialising the object itself would overflow this test's own stack.
    const body = `{"name":"Deep","runtime_config":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}`;
    const res = await p.call("POST", "/workspaces", body);
    expectClearRejectionOr(res, 201);
    expect((await p.call("GET", "/health")).status).toBe(200);
  });

  it("rejects bytes that are not UTF-8 JSON with a clear 400", async () => {
    const res = await fetch(`${p.url}/workspaces`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0xff, 0xfe, 0x7d]),
    });
    expect(res.status).toBe(400);
    expect(typeof ((await res.json()) as { error: unknown }).error).toBe("string");
  });
  it("refuses invalid UTF-8 inside a JSON string with a 400 instead of storing U+FFFD", async () => {
    const before = (await p.call("GET", "/workspaces")).body.length;
    const res = await fetch(`${p.url}/workspaces`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: Buffer.concat([Buffer.from('{"name":"a'), Buffer.from([0xff]), Buffer.from('b"}')]),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: "request body is not valid UTF-8", code: "invalid_utf8" });
    expect((await p.call("GET", "/workspaces")).body.length).toBe(before);
  });

  it.each([
    ["a form", "application/x-www-form-urlencoded", "name=form"],
    ["text", "text/plain", '{"name":"text"}'],
    [
      "multipart",
      "multipart/form-data; boundary=x",
      '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nm\r\n--x--',
    ],
  ])("answers %s body on a JSON route with 415, creating nothing", async (_label, type, body) => {
    const before = (await p.call("GET", "/workspaces")).body.length;
    const res = await p.call("POST", "/workspaces", body, { "content-type": type });
    expect(res.status).toBe(415);
    expect(res.body).toEqual({ error: "unsupported content type", code: "unsupported_media_type" });
    expect((await p.call("GET", "/workspaces")).body.length).toBe(before);
  });

  it("still takes a lifecycle action with no body, and JSON with a charset", async () => {
    const res = await fetch(`${p.url}/workspaces/${id}/pause`, { method: "POST" });
    expect(res.status).toBeLessThan(300);
    const named = await p.call("POST", "/workspaces", JSON.stringify({ name: "Charset" }), {
      "content-type": "application/json; charset=utf-8",
    });
    expect(named.status).toBe(201);
  });
});
