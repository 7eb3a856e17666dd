import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import type { PlatformEvent } from "@/lib/contract";
import { useChatStore } from "@/store/chat";
import { jsonResponse, never, stubFetch } from "@/test/fetch-stub";
import { renderWithClient, routes, row } from "@/test/render-with-client";
import { ChatTab } from "./chat-tab";

const WS = "11111111-1111-4111-8111-111111111111";
const history = { method: "GET", path: /\/activity$/, reply: () => jsonResponse(200, []) };

const requestIdOf = (init: RequestInit) => (JSON.parse(String(init.body)) as { id: string }).id;

function renderChat(streaming = false) {
  const card = { name: "Lead", capabilities: { streaming } };
  return renderWithClient(<ChatTab workspaceId={WS} />, [row({ id: WS, name: "Lead", agent_card: card })]);
}

async function type(text: string) {
  await userEvent.type(screen.getByLabelText("Message"), `${text}{Enter}`);
}

describe("ChatTab", () => {
  beforeEach(() => useChatStore.setState({ drafts: {} }));

  it("sends the message with a JSON-RPC id and shows the agent's markdown reply", async () => {
    const fetchMock = stubFetch(
      routes(history, {
        method: "POST",
        path: /\/a2a$/,
        reply: (init) =>
          jsonResponse(200, {
            jsonrpc: "2.0",
            id: requestIdOf(init),
            result: { kind: "message", role: "agent", parts: [{ kind: "text", text: "**Done** it" }] },
          }),
      }),
    );
    renderChat();
    await type("Plan the launch");
    expect(await screen.findByText("Done")).toHaveProperty("tagName", "STRONG");
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === "POST")!;
    expect(JSON.parse(String(post[1]!.body))).toMatchObject({
      jsonrpc: "2.0",
      method: "message/send",
      params: { message: { role: "user", parts: [{ kind: "text", text: "Plan the launch" }] } },
    });
  });

  it("shows a reply once when the socket announces it before HTTP answers", async () => {
    let answer!: (r: Response) => void;
    let requestId = "";
    stubFetch(
      routes(history, {
        method: "POST",
        path: /\/a2a$/,
        reply: (init) => {
          requestId = requestIdOf(init);
          return new Promise<Response>((resolve) => (answer = resolve));
        },
      }),
    );
    const { session } = renderChat();
    await type("Hi");
    await waitFor(() => expect(requestId).not.toBe(""));
    const body = { jsonrpc: "2.0", id: requestId, result: "Hello from the agent" };
    act(() =>
      session.hub.emitEvent({
        event: "A2A_RESPONSE",
        workspace_id: WS,
        timestamp: new Date().toISOString(),
        payload: { response_body: body, method: "message/send", duration_ms: 10 },
      } as PlatformEvent),
    );
    expect(await screen.findByText("Hello from the agent")).toBeInTheDocument();
    await act(async () => answer(jsonResponse(200, body)));
    expect(screen.getAllByText("Hello from the agent")).toHaveLength(1);
  });

  it("keeps the draft and explains the budget when the platform answers 402", async () => {
    stubFetch(
      routes(history, {
        method: "POST",
        path: /\/a2a$/,
        reply: () => jsonResponse(402, { error: "workspace budget limit exceeded" }),
      }),
    );
    renderChat();
    await type("Expensive task");
    expect(await screen.findByText("Budget exceeded")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Raise the budget" })).toBeInTheDocument();
    expect(screen.getByLabelText("Message")).toHaveValue("Expensive task");
  });

  it("says the agent is busy when the message is queued (202)", async () => {
    stubFetch(
      routes(history, {
        method: "POST",
        path: /\/a2a$/,
        reply: () =>
          jsonResponse(202, {
            queued: true,
            queue_id: "q",
            queue_depth: 2,
            message: "workspace agent busy — request queued",
          }),
      }),
    );
    renderChat();
    await type("Later please");
    expect(await screen.findByText("The agent is busy")).toBeInTheDocument();
    expect(screen.getByText(/position 2/)).toBeInTheDocument();
  });

  it("shows streamed text and progress before the stream completes", async () => {
    let push!: (e: unknown) => void;
    let finish!: () => void;
    const encoder = new TextEncoder();
    stubFetch(
      routes(history, {
        method: "POST",
        path: /\/a2a$/,
        reply: () => {
          const body = new ReadableStream({
            start(controller) {
              push = (e) =>
                controller.enqueue(
                  encoder.encode(`data: ${JSON.stringify({ jsonrpc: "2.0", id: 1, result: e })}\n\n`),
                );
              finish = () => controller.close();
            },
          });
          return new Response(body, { status: 200, headers: { "Content-Type": "text/event-stream" } });
        },
      }),
    );
    renderChat(true);
    await type("Stream it");
    await waitFor(() => expect(push).toBeDefined());
    act(() => {
      push({ kind: "task", id: "t", status: { state: "working" } });
      push({
        kind: "status-update",
        taskId: "t",
        status: {
          state: "working",
          message: { parts: [{ kind: "text", text: "Asked Research for facts" }] },
        },
      });
      push({
        kind: "artifact-update",
        taskId: "t",
        artifact: { artifactId: "a", parts: [{ kind: "text", text: "First words" }] },
      });
    });
    expect(await screen.findByText("First words")).toBeInTheDocument();
    expect(screen.getByRole("status", { name: "" })).toHaveTextContent("Asked Research for facts");
    act(() => {
      push({
        kind: "artifact-update",
        taskId: "t",
        artifact: { artifactId: "a", parts: [{ kind: "text", text: " and the rest" }] },
        append: true,
      });
      push({ kind: "status-update", taskId: "t", status: { state: "completed" }, final: true });
      finish();
    });
    expect(await screen.findByText("First words and the rest")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/Working…/)).toBeNull());
  });

  it("restores earlier turns from activity when it opens", async () => {
    stubFetch(
      routes({
        method: "GET",
        path: /\/activity$/,
        reply: () =>
          jsonResponse(200, [
            {
              id: "r1",
              workspace_id: WS,
              activity_type: "a2a_receive",
              source_id: null,
              target_id: WS,
              method: "message/send",
              summary: null,
              duration_ms: 500,
              status: "ok",
              error_detail: null,
              created_at: "2026-01-01T00:00:01.000Z",
              request_body: {
                id: "q1",
                params: { message: { parts: [{ kind: "text", text: "Earlier question" }] } },
              },
              response_body: { id: "q1", result: "Earlier answer" },
            },
          ]),
      }),
    );
    renderChat();
    expect(await screen.findByText("Earlier question")).toBeInTheDocument();
    expect(screen.getByText("Earlier answer")).toBeInTheDocument();
  });

  it("keeps waiting without losing the turn when the HTTP call never answers", async () => {
    stubFetch(routes(history, { method: "POST", path: /\/a2a$/, reply: (init) => never("", init) }));
    renderChat();
    await type("Slow one");
    expect(await screen.findByText(/Working…/)).toBeInTheDocument();
    expect(screen.getByText("Slow one")).toBeInTheDocument();
  });
});
