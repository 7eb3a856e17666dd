/**
 * Postgres text and jsonb cannot hold U+0000, and an agent's reply may carry it. Writers store
 * U+FFFD in its place so the row is still written (the caller still gets the reply as sent).
 */
export const storableText = (s: string | null | undefined): string | null =>
  s === null || s === undefined ? null : s.replaceAll("\u0000", "\uFFFD");

/** JSON text for a jsonb column (null for none); a NUL in any string or key becomes U+FFFD. */
export function jsonbText(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  // JSON.stringify writes NUL as `\u0000` and a backslash as `\\`: an unescaped `\u0000` is a NUL.
  return JSON.stringify(v).replace(/(?<!\\)((?:\\\\)*)\\u0000/g, "$1\\ufffd");
}
