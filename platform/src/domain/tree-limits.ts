import type { ErrorCode } from "@/lib/contract";

/**
 * Size limits for the trees a client may import in one request (a bundle, an inline org template).
 * Every node becomes a row and an agent process, inserted in one transaction; the depth limit
 * also keeps the recursive walks after validation (zod, layout, results) far from the stack's end.
 */
export type TreeLimits = {
  /** What the client sent, as the error names it: "bundle", "org template". */
  what: string;
  maxNodes: number;
  /** Levels, the root level included. */
  maxDepth: number;
  tooDeep: ErrorCode;
  tooLarge: ErrorCode;
};

/** `POST /bundles/import` and what `GET /bundles/export/:id` will produce. */
export const BUNDLE_LIMITS: TreeLimits = {
  what: "bundle",
  maxNodes: 200,
  maxDepth: 32,
  tooDeep: "bundle_too_deep",
  tooLarge: "bundle_too_large",
};
/** `POST /org/import`, inline or from `org-templates/`. */
export const ORG_TEMPLATE_LIMITS: TreeLimits = {
  what: "org template",
  maxNodes: 200,
  maxDepth: 32,
  tooDeep: "org_template_too_deep",
  tooLarge: "org_template_too_large",
};

export type TreeLimitError = { error: string; code: ErrorCode };

/**
 * Counts the nodes and levels of a parsed JSON tree (children in `childKey`) with an explicit
 * stack, because the input may nest far deeper than the call stack allows. Anything that is not
 * an object or an array of them is left for schema validation to refuse. Null when within limits.
 */
export function checkTreeLimits(
  roots: unknown[],
  childKey: string,
  limits: TreeLimits,
): TreeLimitError | null {
  let nodes = 0;
  let depth = 0;
  const stack: { node: unknown; level: number }[] = roots.map((node) => ({ node, level: 1 }));
  while (stack.length > 0) {
    const { node, level } = stack.pop()!;
    if (typeof node !== "object" || node === null) continue;
    nodes += 1;
    depth = Math.max(depth, level);
    const children = (node as Record<string, unknown>)[childKey];
    if (Array.isArray(children)) for (const child of children) stack.push({ node: child, level: level + 1 });
  }
  if (depth > limits.maxDepth)
    return {
      error: `${limits.what} too deep: ${depth} levels, max ${limits.maxDepth}`,
      code: limits.tooDeep,
    };
  if (nodes > limits.maxNodes)
    return {
      error: `${limits.what} too large: ${nodes} workspaces, max ${limits.maxNodes}`,
      code: limits.tooLarge,
    };
  return null;
}
