/** Incremental Server-Sent Events parser state: text not yet ending in a blank line. */
export type SseBuffer = { rest: string };

/**
 * Feeds a decoded chunk and returns the `data` payloads of every event it completed (multi-line
 * `data:` fields joined with "\n", comments and other fields ignored). Used by the platform's
 * stream proxy and by the browser's stream reader so both read the wire the same way.
 */
export function feedSse(buffer: SseBuffer, chunk: string): string[] {
  const text = (buffer.rest + chunk).replace(/\r\n?/g, "\n");
  const blocks = text.split("\n\n");
  buffer.rest = blocks.pop() ?? "";
  const out: string[] = [];
  for (const block of blocks) {
    const data = block
      .split("\n")
      .filter((line) => line.startsWith("data:"))
      .map((line) => line.slice(line.startsWith("data: ") ? 6 : 5));
    if (data.length > 0) out.push(data.join("\n"));
  }
  return out;
}
