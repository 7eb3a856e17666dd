import { z } from "zod";
import { a2aPartSchema } from "./a2a";

type Part = z.infer<typeof a2aPartSchema>;

const statusSchema = z.looseObject({
  state: z.string(),
  message: z.looseObject({ parts: z.array(a2aPartSchema).default([]) }).optional(),
  timestamp: z.string().optional(),
});
const artifactSchema = z.looseObject({
  artifactId: z.string(),
  name: z.string().optional(),
  parts: z.array(a2aPartSchema).default([]),
});

/** One `result` of a `message/stream` SSE event (A2A v0.3 JSON). */
export const a2aStreamResultSchema = z.discriminatedUnion("kind", [
  z.looseObject({ kind: z.literal("message"), parts: z.array(a2aPartSchema).default([]) }),
  z.looseObject({
    kind: z.literal("task"),
    id: z.string(),
    contextId: z.string().optional(),
    status: statusSchema.optional(),
    artifacts: z.array(artifactSchema).optional(),
  }),
  z.looseObject({
    kind: z.literal("status-update"),
    taskId: z.string(),
    status: statusSchema,
    final: z.boolean().optional(),
  }),
  z.looseObject({
    kind: z.literal("artifact-update"),
    taskId: z.string(),
    artifact: artifactSchema,
    append: z.boolean().optional(),
  }),
]);

type Artifact = { artifactId: string; name?: string; parts: Part[] };
type Status = z.infer<typeof statusSchema>;

/** What a stream has said so far, folded into the shape a `message/send` reply would have. */
export type A2AStreamFold = {
  /** A task (status + artifacts) or the message the agent answered with directly. */
  result:
    | { kind: "task"; id: string; contextId?: string; status?: Status; artifacts: Artifact[] }
    | { kind: "message"; role: "agent"; parts: Part[] }
    | null;
  /** The latest in-progress note (a `working` status message), for a "working…" line. */
  progress: string | null;
  done: boolean;
};

export const EMPTY_STREAM_FOLD: A2AStreamFold = { result: null, progress: null, done: false };

const TERMINAL = new Set(["completed", "failed", "canceled", "rejected", "input-required", "auth-required"]);

const textOfParts = (parts: Part[]) =>
  parts
    .filter((p): p is Extract<Part, { kind: "text" }> => p.kind === "text")
    .map((p) => p.text)
    .join("");

function mergeArtifact(list: Artifact[], next: Artifact, append: boolean): Artifact[] {
  const i = list.findIndex((a) => a.artifactId === next.artifactId);
  if (i === -1) return [...list, { artifactId: next.artifactId, name: next.name, parts: next.parts }];
  const prev = list[i]!;
  const merged = append ? appendParts(prev.parts, next.parts) : next.parts;
  return list.map((a, j) => (j === i ? { ...prev, parts: merged } : a));
}

/** Appended text chunks extend the last text part, so the folded artifact reads as one text. */
function appendParts(prev: Part[], next: Part[]): Part[] {
  const out = [...prev];
  for (const part of next) {
    const last = out[out.length - 1];
    if (part.kind === "text" && last?.kind === "text")
      out[out.length - 1] = { ...last, text: last.text + part.text };
    else out.push(part);
  }
  return out;
}

/** Applies one stream event to the fold (pure; unknown shapes leave it unchanged). */
export function foldA2AStream(fold: A2AStreamFold, raw: unknown): A2AStreamFold {
  const parsed = a2aStreamResultSchema.safeParse(raw);
  if (!parsed.success) return fold;
  const ev = parsed.data;
  switch (ev.kind) {
    case "message":
      return { result: { kind: "message", role: "agent", parts: ev.parts }, progress: null, done: true };
    case "task":
      return {
        ...fold,
        result: {
          kind: "task",
          id: ev.id,
          contextId: ev.contextId,
          status: ev.status,
          artifacts: ev.artifacts ?? [],
        },
        done: ev.status ? TERMINAL.has(ev.status.state) : false,
      };
    case "status-update": {
      const task =
        fold.result?.kind === "task" ? fold.result : { kind: "task" as const, id: ev.taskId, artifacts: [] };
      const done = ev.final === true || TERMINAL.has(ev.status.state);
      const note = ev.status.message ? textOfParts(ev.status.message.parts) : "";
      return {
        result: { ...task, status: ev.status },
        progress: !done && note !== "" ? note : fold.progress,
        done,
      };
    }
    case "artifact-update": {
      const task =
        fold.result?.kind === "task" ? fold.result : { kind: "task" as const, id: ev.taskId, artifacts: [] };
      const artifacts = mergeArtifact(task.artifacts, ev.artifact, ev.append === true);
      return { ...fold, result: { ...task, artifacts } };
    }
  }
}
