import { z } from "zod";
import { jsonResponse, requestHeaders, stubFetch } from "@/test/fetch-stub";
import { setPageUrl } from "@/test/location";
import { setUpSaasEnv, TENANT_ORIGIN } from "@/test/saas-env";
import { postEventStream } from "./stream";

const PLATFORM = "http://platform.test:8080";
const replySchema = z.object({ queued: z.boolean() });

/** An event-stream reply whose chunks the test pushes one at a time; an abort errors it, as in fetch. */
function eventStream() {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  return {
    reply: (_url: string, init: RequestInit) => {
      init.signal?.addEventListener("abort", () =>
        controller.error(new DOMException("The operation was aborted.", "AbortError")),
      );
      return new Response(body, { status: 200, headers: { "Content-Type": "text/event-stream" } });
    },
    push: (text: string) => controller.enqueue(encoder.encode(text)),
    close: () => controller.close(),
  };
}

setUpSaasEnv({ platformUrl: PLATFORM });

afterEach(() => {
  vi.useRealTimers();
});

describe("postEventStream", () => {
  it("asks for events with the org header on a tenant host and hands over each data payload", async () => {
    setPageUrl(`${TENANT_ORIGIN}/`);
    const stream = eventStream();
    const fetchMock = stubFetch(stream.reply);
    const events: string[] = [];
    const outcome = postEventStream("/workspaces/w1/a2a", { q: 1 }, replySchema, {
      idleTimeoutMs: 1_000,
      onEvent: (data) => events.push(data),
    });

    stream.push('data: {"n":1}\n\ndata: {"n"');
    stream.push(":2}\n\n");
    stream.close();

    await expect(outcome).resolves.toEqual({ kind: "stream" });
    expect(events).toEqual(['{"n":1}', '{"n":2}']);
    expect(fetchMock.mock.calls[0]?.[1]).toMatchObject({ method: "POST", credentials: "include" });
    expect(requestHeaders(fetchMock)).toMatchObject({
      accept: "text/event-stream",
      "content-type": "application/json",
      "x-molecule-org-slug": "acme",
    });
  });

  it("restarts the idle timeout on every chunk and times out only after a silent spell", async () => {
    vi.useFakeTimers();
    const stream = eventStream();
    stubFetch(stream.reply);
    const outcome = postEventStream("/workspaces/w1/a2a", {}, replySchema, {
      idleTimeoutMs: 1_000,
      onEvent: () => {},
    });
    let isSettled = false;
    const failure = outcome.catch((err: unknown) => err).finally(() => (isSettled = true));

    for (let i = 0; i < 3; i += 1) {
      await vi.advanceTimersByTimeAsync(900);
      stream.push(`data: ${i}\n\n`);
    }
    await vi.advanceTimersByTimeAsync(999);
    expect(isSettled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);

    expect(await failure).toMatchObject({ kind: "timeout", timeoutMs: 1_000, status: null });
  });

  it("parses a plain JSON answer with the schema", async () => {
    stubFetch(() => jsonResponse(202, { queued: true }));

    const outcome = await postEventStream("/workspaces/w1/a2a", {}, replySchema, {
      idleTimeoutMs: 1_000,
      onEvent: () => {},
    });

    expect(outcome).toEqual({ kind: "json", status: 202, body: { queued: true } });
  });

  it("turns an error answer into the server's ApiError", async () => {
    stubFetch(() => jsonResponse(404, { error: "workspace not found" }));

    const outcome = postEventStream("/workspaces/w1/a2a", {}, replySchema, {
      idleTimeoutMs: 1_000,
      onEvent: () => {},
    });

    await expect(outcome).rejects.toMatchObject({ kind: "http", status: 404, error: "workspace not found" });
  });
});
