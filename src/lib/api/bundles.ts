import { bundleImportResultSchema, bundleSchema, type Bundle, type BundleImportResult } from "@/lib/contract";
import { api, type RequestOptions } from "./client";

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
