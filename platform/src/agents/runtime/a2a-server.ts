import http from "node:http";
import { A2A_VERSION_HEADER, AGENT_CARD_PATH, type AgentCard as CoreCard, type Part } from "@a2a-js/sdk";
import { isLegacyJsonRpcMethod } from "@a2a-js/sdk/compat/v0_3";
import { LegacyJsonRpcTransportHandler } from "@a2a-js/sdk/compat/v0_3/server";
import {
  AgentEvent,
  DefaultRequestHandler,
  InMemoryTaskStore,
  JsonRpcTransportHandler,
  ServerCallContext,
  type AgentExecutor,
} from "@a2a-js/sdk/server";
import { agentMessage, STREAMING_KEY, streamAnswer, type Progress } from "./stream-executor";

export type AgentIdentity = {
  name: string;
  description: string;
  skills: { id: string; name: string; description: string; tags: string[] }[];
};

/** Answers one task's text; the behaviour (worker or lead) lives behind this. */
export type Answer = (text: string, history: unknown, progress?: Progress) => Promise<string>;

const MAX_BODY = 1024 * 1024;

/** The v0.3 card the platform stores and the canvas reads (`url`, `skills`, `capabilities`). */
export function legacyCard(id: AgentIdentity, url: string) {
  return {
    name: id.name,
    description: id.description,
    url,
    version: "1.0.0",
    protocolVersion: "0.3.0",
    preferredTransport: "JSONRPC",
    capabilities: { streaming: true, pushNotifications: false },
    defaultInputModes: ["text/plain"],
    defaultOutputModes: ["text/plain"],
    skills: id.skills,
    additionalInterfaces: [{ url, transport: "JSONRPC" }],
  };
}

function coreCard(id: AgentIdentity, url: string): CoreCard {
  const iface = (protocolVersion: string) => ({
    url,
    protocolBinding: "JSONRPC",
    tenant: "",
    protocolVersion,
  });
  return {
    name: id.name,
    description: id.description,
    // v1.0 and v0.3 on the same endpoint: the platform and canvas still speak `message/send`.
    supportedInterfaces: [iface("1.0"), iface("0.3")],
    provider: undefined,
    version: "1.0.0",
    capabilities: { streaming: true, pushNotifications: false, extensions: [] },
    securitySchemes: {},
    securityRequirements: [],
    defaultInputModes: ["text/plain"],
    defaultOutputModes: ["text/plain"],
    skills: id.skills.map((s) => ({
      ...s,
      examples: [],
      inputModes: [],
      outputModes: [],
      securityRequirements: [],
    })),
    signatures: [],
  } as CoreCard;
}

const textOf = (parts: Part[]) =>
  parts
    .map((p) => (p.content?.$case === "text" ? p.content.value : ""))
    .filter(Boolean)
    .join("\n");

/**
 * Serves one A2A agent over JSON-RPC on loopback. Beyond `maxConcurrent` running tasks it answers
 * 503 `{busy:true}` so the platform queues the call instead of piling work onto the agent.
 */
export async function startA2AServer(opts: {
  identity: AgentIdentity;
  port: number;
  maxConcurrent: number;
  answer: Answer;
}): Promise<{ url: string; card: ReturnType<typeof legacyCard>; running(): number; close(): Promise<void> }> {
  const url = `http://localhost:${opts.port}`;
  const card = legacyCard(opts.identity, url);
  let running = 0;

  const executor: AgentExecutor = {
    async execute(rc, bus) {
      const msg = rc.userMessage;
      const text = textOf(msg.parts);
      if (rc.context.state.get(STREAMING_KEY) === true) {
        return streamAnswer(rc, bus, (progress) => opts.answer(text, msg.metadata?.history, progress));
      }
      const reply = await opts.answer(text, msg.metadata?.history);
      bus.publish(AgentEvent.message(agentMessage(rc, reply)));
      bus.finished();
    },
    async cancelTask() {},
  };
  const handler = new DefaultRequestHandler(coreCard(opts.identity, url), new InMemoryTaskStore(), executor);
  const v1 = new JsonRpcTransportHandler(handler);
  const legacy = new LegacyJsonRpcTransportHandler(handler);

  const send = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };

  const server = http.createServer((req, res) => {
    if (req.method === "GET" && req.url === `/${AGENT_CARD_PATH}`) {
      const wantsV1 = req.headers[A2A_VERSION_HEADER.toLowerCase()] === "1.0";
      return send(res, 200, wantsV1 ? coreCard(opts.identity, url) : card);
    }
    if (req.method !== "POST" || (req.url !== "/" && req.url !== ""))
      return send(res, 404, { error: "not found" });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(c);
    });
    req.on("end", () => void dispatch(Buffer.concat(chunks).toString("utf8"), res));
  });

  async function dispatch(raw: string, res: http.ServerResponse) {
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return send(res, 200, { jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
    }
    const method = String(body.method ?? "");
    const isLegacy = isLegacyJsonRpcMethod(method);
    if (running >= opts.maxConcurrent && /send|stream|SendMessage|SendStreamingMessage/.test(method)) {
      return send(res, 503, { error: "agent busy", busy: true });
    }
    running += 1;
    try {
      const context = new ServerCallContext({
        requestedVersion: isLegacy ? "0.3" : "1.0",
        state: new Map([[STREAMING_KEY, /stream|Streaming/.test(method)]]),
      });
      const out = await (isLegacy ? legacy : v1).handle(body, context);
      if (out && typeof (out as AsyncGenerator)[Symbol.asyncIterator] === "function") {
        res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
        for await (const event of out as AsyncGenerator<unknown>)
          res.write(`data: ${JSON.stringify(event)}\n\n`);
        res.end();
      } else send(res, 200, out);
    } catch (err) {
      send(res, 500, { jsonrpc: "2.0", id: body.id ?? null, error: { code: -32603, message: String(err) } });
    } finally {
      running -= 1;
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, "127.0.0.1", () => resolve());
  });
  return {
    url,
    card,
    running: () => running,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
