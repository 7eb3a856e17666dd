/**
 * Hostile inputs shared by the canvas's component tests and the platform's route tests: every
 * string here must be rejected with a clear error or stored verbatim and shown as inert text.
 */
export const SCRIPT_PAYLOADS = [
  "<script>window.__pwned = 1</script>",
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  "javascript:window.__pwned=1",
  '<a href="javascript:window.__pwned=1">click</a>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  "[click](javascript:window.__pwned=1)",
  "{{constructor.constructor('window.__pwned=1')()}}",
  "__proto__",
] as const;

/** Control characters, bidi overrides, a lone surrogate pair half and a BOM. */
export const ODD_TEXT = [
  "tab\there\u0000nul\u0007bell",
  "\u202Eevil.exe\u202C",
  "lone \uD800 surrogate",
  "\uFEFFbom",
  "zero\u200Bwidth",
  "emoji 👩‍💻 and ﷽",
] as const;

export const HOSTILE_STRINGS: readonly string[] = [
  ...SCRIPT_PAYLOADS,
  ...ODD_TEXT,
  "",
  " ",
  "x".repeat(5000),
];

/** JSON nested `depth` levels deep: `{"a":{"a":…}}`. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** A string of `bytes` characters, for bodies past the platform's limits. */
export const oversized = (bytes: number) => "x".repeat(bytes);

/** True when a payload managed to run script in the page (the payloads set this flag). */
export const PWNED_FLAG = "__pwned";
