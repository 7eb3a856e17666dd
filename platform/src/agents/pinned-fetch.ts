import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { Readable } from "node:stream";
import type { CheckedUrl, ResolvedAddress } from "./url-guard";

export type AgentRequest = { headers: Record<string, string>; body: string; signal: AbortSignal };

/**
 * POSTs to a URL the guard checked, connecting only to the addresses it checked, so a second DNS
 * answer between check and connect (rebinding) cannot take the call elsewhere. Redirects are
 * never followed: a 3xx comes back as the response. Errors reject like `fetch` (cause = the
 * socket error), so the callers classify them the same way.
 */
export function pinnedPost(dest: CheckedUrl, init: AgentRequest): Promise<Response> {
  return new Promise((resolve, reject) => {
    const lib = dest.url.protocol === "https:" ? https : http;
    const req = lib.request(
      dest.url,
      {
        method: "POST",
        headers: { ...init.headers, "content-length": String(Buffer.byteLength(init.body)) },
        signal: init.signal,
        agent: false,
        ...(dest.addresses.length > 0 ? { lookup: pinnedLookup(dest.addresses) } : {}),
      },
      (res) => {
        try {
          resolve(toResponse(res));
        } catch (err) {
          res.destroy();
          reject(new TypeError("fetch failed", { cause: err }));
        }
      },
    );
    req.on("error", (err) => reject(new TypeError("fetch failed", { cause: err })));
    req.end(init.body);
  });
}

function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_host, opts, cb) => {
    // With autoSelectFamily (Node's default) net asks for every address and tries them in turn.
    if (opts.all)
      return cb(
        null,
        addresses.map((a) => ({ address: a.address, family: a.family })),
      );
    cb(null, addresses[0]!.address, addresses[0]!.family);
  };
}

const NULL_BODY = new Set([204, 205, 304]);

function toResponse(res: http.IncomingMessage): Response {
  const headers = new Headers();
  for (const [k, v] of Object.entries(res.headers)) {
    for (const item of Array.isArray(v) ? v : v === undefined ? [] : [v]) headers.append(k, item);
  }
  const status = res.statusCode ?? 0;
  if (NULL_BODY.has(status)) res.resume();
  const body = NULL_BODY.has(status) ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>);
  // Response refuses a status outside 200–599: that answer is not HTTP we can relay.
  return new Response(body, { status, statusText: res.statusMessage ?? "", headers });
}
