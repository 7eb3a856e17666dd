import { agentErrorProblem, type ChatProblem } from "./chat-problem";
import { extractReply, type ChatFile } from "./reply";

export type ChatRole = "user" | "agent";

/**
 * One bubble. Agent replies carry the `requestId` (the JSON-RPC id the canvas sent) of the turn
 * they answer: HTTP, stream, `A2A_RESPONSE` and history all name it, so it is the dedupe key.
 */
export type ChatMessage = {
  key: string;
  requestId: string | null;
  role: ChatRole;
  text: string;
  files: ChatFile[];
  at: string;
  /** pending: sent, nothing back yet · streaming: text is arriving · done · error. */
  state: "pending" | "streaming" | "done" | "error";
  problem?: ChatProblem;
};

export type ChatState = { messages: readonly ChatMessage[] };

export const EMPTY_CHAT: ChatState = { messages: [] };

/** A finished turn as a reply source reports it (HTTP body, stream fold, socket event). */
export type ReplyBody = { result?: unknown; error?: { message: string } };

export type ChatAction =
  | { type: "sent"; requestId: string; text: string; files?: ChatFile[]; at: string }
  | { type: "streamed"; requestId: string; text: string }
  | { type: "replied"; requestId: string; body: ReplyBody; at: string }
  | { type: "failed"; requestId: string; problem: ChatProblem }
  | {
      type: "history";
      turns: {
        requestId: string;
        text: string;
        at: string;
        reply: ReplyBody | null;
        error: string | null;
        repliedAt: string;
      }[];
    }
  | { type: "agent-message"; key: string; text: string; files: ChatFile[]; at: string };

const agentKey = (requestId: string) => `${requestId}:agent`;

function byTime(a: ChatMessage, b: ChatMessage) {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.role === b.role ? 0 : a.role === "user" ? -1 : 1;
}

function replace(state: ChatState, key: string, update: (m: ChatMessage) => ChatMessage): ChatState {
  const i = state.messages.findIndex((m) => m.key === key);
  if (i === -1) return state;
  const next = update(state.messages[i]!);
  if (next === state.messages[i]) return state;
  return { messages: state.messages.map((m, j) => (j === i ? next : m)) };
}

function replyMessage(requestId: string, body: ReplyBody, at: string): Omit<ChatMessage, "key"> {
  if (body.error) {
    return {
      requestId,
      role: "agent",
      text: "",
      files: [],
      at,
      state: "error",
      problem: agentErrorProblem(body.error.message),
    };
  }
  const { text, files } = extractReply(body.result);
  return { requestId, role: "agent", text, files, at, state: "done" };
}

/**
 * The chat transcript as a pure reducer. A reply for a turn that is already done is ignored,
 * so the same answer arriving by HTTP and by socket shows once; a reply after a timeout or
 * error still lands, because the turn's bubble stays addressable by its request id.
 */
export function reduceChat(state: ChatState, action: ChatAction): ChatState {
  switch (action.type) {
    case "sent": {
      if (state.messages.some((m) => m.key === `${action.requestId}:user`)) return state;
      const user: ChatMessage = {
        key: `${action.requestId}:user`,
        requestId: action.requestId,
        role: "user",
        text: action.text,
        files: action.files ?? [],
        at: action.at,
        state: "done",
      };
      const agent: ChatMessage = {
        ...user,
        key: agentKey(action.requestId),
        role: "agent",
        text: "",
        files: [],
        state: "pending",
      };
      return { messages: [...state.messages, user, agent] };
    }
    case "streamed":
      return replace(state, agentKey(action.requestId), (m) =>
        m.state === "done" || m.text === action.text ? m : { ...m, text: action.text, state: "streaming" },
      );
    case "replied":
      return replace(state, agentKey(action.requestId), (m) =>
        m.state === "done" ? m : { key: m.key, ...replyMessage(action.requestId, action.body, m.at) },
      );
    case "failed":
      return replace(state, agentKey(action.requestId), (m) =>
        m.state === "done" ? m : { ...m, state: "error", problem: action.problem },
      );
    case "history": {
      const known = new Set(state.messages.map((m) => m.key));
      const added: ChatMessage[] = [];
      for (const turn of action.turns) {
        if (known.has(`${turn.requestId}:user`)) continue;
        added.push({
          key: `${turn.requestId}:user`,
          requestId: turn.requestId,
          role: "user",
          text: turn.text,
          files: [],
          at: turn.at,
          state: "done",
        });
        const agent = turn.reply
          ? replyMessage(turn.requestId, turn.reply, turn.repliedAt)
          : {
              requestId: turn.requestId,
              role: "agent" as const,
              text: "",
              files: [],
              at: turn.repliedAt,
              state: "error" as const,
              problem: {
                title: "This message failed",
                message: turn.error ?? "No reply was recorded.",
                action: null,
              },
            };
        added.push({ key: agentKey(turn.requestId), ...agent });
      }
      if (added.length === 0) return state;
      return { messages: [...state.messages, ...added].sort(byTime) };
    }
    case "agent-message":
      if (state.messages.some((m) => m.key === action.key)) return state;
      return {
        messages: [
          ...state.messages,
          {
            key: action.key,
            requestId: null,
            role: "agent",
            text: action.text,
            files: action.files,
            at: action.at,
            state: "done",
          },
        ],
      };
  }
}

/** Whether any turn is still waiting for its answer. */
export const isAwaitingReply = (state: ChatState) =>
  state.messages.some((m) => m.role === "agent" && (m.state === "pending" || m.state === "streaming"));
