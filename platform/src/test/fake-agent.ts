import http from "node:http";
import type { AddressInfo } from "node:net";

/** One call that reached a fake agent. */
export type AgentCall = {
  headers: http.IncomingHttpHeaders;
  /** The body exactly as it arrived. */
  body: string;
  /** The body parsed, or undefined when it is not JSON. */
  json: unknown;
  /** The JSON-RPC `method`, and the text of the message's first part, when the call has them. */
  method: string | undefined;
  text: string | undefined;
};

/** Answers one call; a handler that never ends `res` makes a hanging agent. */
export type AgentHandler = (call: AgentCall, res: http.ServerResponse) => void;

export type FakeAgent = {
  /** `http://localhost:<port>`: the name goes through the platform's URL guard like a real agent's. */
  url: string;
  port: number;
  /** Every call so far, oldest first. */
  received: AgentCall[];
  close(): Promise<void>;
};

/** A loopback A2A agent (127.0.0.1, a free port) that records each call and lets `handler` answer it. */
export async function startFakeAgent(handler: AgentHandler): Promise<FakeAgent> {
  const received: AgentCall[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c));
    req.on("end", () => {
      const call = readCall(req.headers, body);
      received.push(call);
      handler(call, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    received,
    close: () =>
      new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

function readCall(headers: http.IncomingHttpHeaders, body: string): AgentCall {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  const rpc = json as
    { method?: unknown; params?: { message?: { parts?: { text?: unknown }[] } } } | null | undefined;
  const method = rpc?.method;
  const text = rpc?.params?.message?.parts?.[0]?.text;
  return {
    headers,
    body,
    json,
    method: typeof method === "string" ? method : undefined,
    text: typeof text === "string" ? text : undefined,
  };
}

/** Answers every call with `status` and `body` as JSON. */
export const answerJson =
  (status: number, body: unknown): AgentHandler =>
  (_call, res) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };

/** An agent at capacity: the answer the proxy queues a call on. */
export const busy = answerJson(503, { error: "agent busy", busy: true });

/** Replies to each `message/send` with an agent message: `text`, or `text(asked)` for the asked text. */
export const replyText =
  (text: string | ((asked: string) => string)): AgentHandler =>
  (call, res) => {
    const answer = typeof text === "string" ? text : text(call.text ?? "");
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        jsonrpc: "2.0",
        id: (call.json as { id?: unknown } | undefined)?.id ?? null,
        result: { kind: "message", role: "agent", parts: [{ kind: "text", text: answer }] },
      }),
    );
  };
