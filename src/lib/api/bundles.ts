import { bundleImportResultSchema, bundleSchema, type Bundle, type BundleImportResult } from "@/lib/contract";
import { pairImported, placementPatches } from "@/lib/bundle-placement";
import { api, type RequestOptions } from "./client";
import { workspaceQueries } from "./workspaces";
import { patchWorkspacesOptimistic, type EditTarget } from "./workspace-mutations";

/** `GET /bundles/export/:id`: the workspace and its sub-tree as a portable bundle (no secrets). */
export const exportBundle = (id: string, options?: RequestOptions) =>
  api.get(`/bundles/export/${encodeURIComponent(id)}`, bundleSchema, options);

/** `POST /bundles/import`: creates the bundle's tree with new ids; each node starts provisioning. */
export const importBundle = (bundle: Bundle, options?: RequestOptions) =>
  api.post("/bundles/import", bundle, bundleImportResultSchema, options);

/** Every node of an import result, root first, so callers can find the ones that failed. */
export function flattenImport(result: BundleImportResult): BundleImportResult[] {
  return [result, ...(result.children ?? []).flatMap(flattenImport)];
}

/** Where an imported tree should land: its sources' positions shifted by `offset`, under `parentId`. */
export type Placement = {
  positions: ReadonlyMap<string, { x: number; y: number }>;
  offset: { x: number; y: number };
  parentId: string | null;
};

/**
 * Imports a bundle, then moves the copies into place (import alone puts them at the origin, top
 * level). Resolves with the new root id; failed placement PATCHes only leave copies where import put them.
 */
export async function importAndPlace(target: EditTarget, bundle: Bundle, placement: Placement) {
  const result = await importBundle(bundle);
  const patches = placementPatches(
    pairImported(bundle, result),
    placement.positions,
    placement.offset,
    placement.parentId,
  );
  const placementFailures = await patchWorkspacesOptimistic(target, patches);
  // Import events carry no team or position; one refetch brings the placed rows.
  void target.queryClient.invalidateQueries({ queryKey: workspaceQueries.all() });
  return { result, placementFailures };
}
