import type { Bundle, BundleImportResult, PatchWorkspaceRequest } from "@/lib/contract";

export type ImportedPair = { sourceId: string; newId: string };

/**
 * Pairs each bundle node's source id with the id its import created. The platform nests results
 * in bundle order, so the two trees are walked side by side; a branch whose shape differs is skipped.
 */
export function pairImported(bundle: Bundle, result: BundleImportResult): ImportedPair[] {
  const pairs: ImportedPair[] = [{ sourceId: bundle.id, newId: result.workspace_id }];
  const children = result.children ?? [];
  bundle.sub_workspaces.forEach((child, i) => {
    const made = children[i];
    if (made && made.name === child.name) pairs.push(...pairImported(child, made));
  });
  return pairs;
}

type Point = { x: number; y: number };

/**
 * PATCH bodies that put imported copies where their sources were, shifted by `offset`; the root
 * also goes back under `rootParentId`. Import alone places a tree at the origin with no parent.
 */
export function placementPatches(
  pairs: readonly ImportedPair[],
  sourcePositions: ReadonlyMap<string, Point>,
  offset: Point,
  rootParentId: string | null,
): Map<string, PatchWorkspaceRequest> {
  const patches = new Map<string, PatchWorkspaceRequest>();
  pairs.forEach(({ sourceId, newId }, i) => {
    const at = sourcePositions.get(sourceId);
    const body: PatchWorkspaceRequest = at ? { x: at.x + offset.x, y: at.y + offset.y } : {};
    if (i === 0 && rootParentId !== null) body.parent_id = rootParentId;
    if (Object.keys(body).length > 0) patches.set(newId, body);
  });
  return patches;
}
