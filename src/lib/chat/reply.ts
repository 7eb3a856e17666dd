/** A file an agent returned, with a link only when it is safe to follow. */
export type ChatFile = { name: string; mimeType?: string; size?: number; href: string | null };

export type ExtractedReply = { text: string; files: ChatFile[] };

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Only http(s) links and data: URLs of non-active types can be downloaded; anything else
 * (`javascript:`, `workspace:` paths the browser cannot open, HTML data URLs) shows as a name only.
 */
export function safeFileHref(uri: string | undefined): string | null {
  if (!uri) return null;
  const trimmed = uri.trim();
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  if (
    /^data:/i.test(trimmed) &&
    !/^data:(text\/html|image\/svg|application\/xhtml|text\/javascript)/i.test(trimmed)
  )
    return trimmed;
  return null;
}

function fileOf(part: Loose): ChatFile | null {
  const file = part.file;
  if (!isObject(file)) return null;
  const name = typeof file.name === "string" && file.name !== "" ? file.name : "file";
  const mimeType = typeof file.mimeType === "string" ? file.mimeType : undefined;
  const size = typeof file.size === "number" ? file.size : undefined;
  let href: string | null = null;
  if (typeof file.uri === "string") href = safeFileHref(file.uri);
  else if (typeof file.bytes === "string")
    href = safeFileHref(`data:${mimeType ?? "application/octet-stream"};base64,${file.bytes}`);
  return { name, mimeType, size, href };
}

function collect(parts: unknown, texts: string[], files: ChatFile[]) {
  if (!Array.isArray(parts)) return;
  for (const part of parts) {
    if (!isObject(part)) continue;
    if (part.kind === "text" && typeof part.text === "string") texts.push(part.text);
    else if (part.kind === "file") {
      const file = fileOf(part);
      if (file) files.push(file);
    }
  }
}

/**
 * The text and files of an A2A `result`, in every shape the contract allows (§4.1): a plain
 * string, a message (`parts`), or a task (`artifacts[].parts`, then `status.message.parts`).
 * A task that repeats its answer in the status message is shown once.
 */
export function extractReply(result: unknown): ExtractedReply {
  if (typeof result === "string") return { text: result, files: [] };
  if (!isObject(result)) return { text: "", files: [] };
  const texts: string[] = [];
  const files: ChatFile[] = [];
  collect(result.parts, texts, files);
  if (Array.isArray(result.artifacts)) {
    for (const artifact of result.artifacts) if (isObject(artifact)) collect(artifact.parts, texts, files);
  }
  const status = result.status;
  if (isObject(status) && isObject(status.message)) collect(status.message.parts, texts, files);
  const unique = texts.filter((t, i) => t.trim() !== "" && texts.indexOf(t) === i);
  return { text: unique.join("\n\n"), files };
}
