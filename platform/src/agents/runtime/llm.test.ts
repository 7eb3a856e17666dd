import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askLlm, llmFromEnv } from "./llm";

describe("optional OpenAI-compatible LLM", () => {
  let server: http.Server;
  let base = "";
  const seen: { auth?: string; body?: { model: string; messages: { role: string; content: string }[] } }[] =
    [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        seen.push({ auth: req.headers.authorization, body: JSON.parse(body) });
        if (req.headers.authorization !== "Bearer good") return res.writeHead(401).end();
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ choices: [{ message: { content: " Shipped it. " } }] }));
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/`;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  it("is off unless both the URL and the key are set", () => {
    expect(llmFromEnv({ OPENAI_BASE_URL: base })).toBeNull();
    expect(llmFromEnv({ OPENAI_BASE_URL: base, OPENAI_API_KEY: "k" })).toMatchObject({
      model: "gpt-4o-mini",
    });
  });

  it("answers in the agent's persona and gives null on failure so the caller falls back", async () => {
    const persona = { name: "Ravi", role: "Backend engineer" };
    const good = llmFromEnv({ OPENAI_BASE_URL: base, OPENAI_API_KEY: "good", OPENAI_MODEL: "m1" })!;
    expect(await askLlm(good, persona, "Deploy the API")).toBe("Shipped it.");
    expect(seen[0]?.body?.model).toBe("m1");
    expect(seen[0]?.body?.messages[0]?.content).toContain("Ravi, Backend engineer");
    expect(await askLlm({ ...good, apiKey: "bad" }, persona, "x")).toBeNull();
    expect(await askLlm({ ...good, baseUrl: "http://127.0.0.1:9" }, persona, "x")).toBeNull();
  });
});
