import { randomUUID } from "node:crypto";
import { AgentEvent, type ExecutionEventBus, type RequestContext } from "@a2a-js/sdk/server";
import { Role, TaskState, type Message, type Part } from "@a2a-js/sdk";

/** ServerCallContext state key the server sets for `message/stream` / `SendStreamingMessage`. */
export const STREAMING_KEY = "molecule.streaming";

/** Reports what the agent is doing while it works ("asked Research for …"). */
export type Progress = (note: string) => void;

const CHUNK_WORDS = 4;
const CHUNK_DELAY_MS = 30;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const textPart = (value: string): Part => ({
  content: { $case: "text", value },
  metadata: undefined,
  filename: "",
  mediaType: "text/plain",
});

export function agentMessage(rc: RequestContext, text: string, taskId = ""): Message {
  return {
    messageId: randomUUID(),
    contextId: rc.contextId,
    taskId,
    role: Role.ROLE_AGENT,
    parts: [textPart(text)],
    metadata: undefined,
    extensions: [],
    referenceTaskIds: [],
  };
}

/** Splits a reply into word chunks that keep their whitespace, so appending them restores it exactly. */
export function chunkReply(text: string, words = CHUNK_WORDS): string[] {
  const tokens = text.match(/\S+\s*|\s+/g) ?? [];
  const chunks: string[] = [];
  for (let i = 0; i < tokens.length; i += words) chunks.push(tokens.slice(i, i + words).join(""));
  return chunks;
}

/**
 * A streamed answer as a task: `working` status updates carry progress notes, the reply arrives as
 * appended artifact chunks (the "tokens"), then a terminal `completed` status. Pacing the chunks
 * lets a client see the text grow, which a single final message would not show.
 */
export async function streamAnswer(
  rc: RequestContext,
  bus: ExecutionEventBus,
  answer: (progress: Progress) => Promise<string>,
) {
  const taskId = rc.taskId;
  const status = (state: TaskState, message?: Message) => ({
    state,
    message,
    timestamp: new Date().toISOString(),
  });
  bus.publish(
    AgentEvent.task({
      id: taskId,
      contextId: rc.contextId,
      status: status(TaskState.TASK_STATE_WORKING),
      artifacts: [],
      history: [],
      metadata: undefined,
    }),
  );
  const update = (state: TaskState, message?: Message) =>
    bus.publish(
      AgentEvent.statusUpdate({
        taskId,
        contextId: rc.contextId,
        status: status(state, message),
        metadata: undefined,
      }),
    );
  let reply: string;
  try {
    reply = await answer((note) => update(TaskState.TASK_STATE_WORKING, agentMessage(rc, note, taskId)));
  } catch (err) {
    update(TaskState.TASK_STATE_FAILED, agentMessage(rc, `Failed: ${String(err)}`, taskId));
    bus.finished();
    return;
  }
  const artifactId = randomUUID();
  const chunks = chunkReply(reply);
  for (const [i, chunk] of chunks.entries()) {
    bus.publish(
      AgentEvent.artifactUpdate({
        taskId,
        contextId: rc.contextId,
        artifact: {
          artifactId,
          name: "answer",
          description: "",
          parts: [textPart(chunk)],
          metadata: undefined,
          extensions: [],
        },
        append: i > 0,
        lastChunk: i === chunks.length - 1,
        metadata: undefined,
      }),
    );
    if (i < chunks.length - 1) await sleep(CHUNK_DELAY_MS);
  }
  update(TaskState.TASK_STATE_COMPLETED);
  bus.finished();
}
