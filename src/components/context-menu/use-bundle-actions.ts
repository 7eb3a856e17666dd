import { useCallback } from "react";
import { exportBundle, flattenImport, importAndPlace } from "@/lib/api/bundles";
import { useEditTarget } from "@/lib/api/use-edit-target";
import { whenPlaced } from "@/lib/api/when-listed";
import { bundleFileName } from "@/lib/bundle-file";
import { descendantsOf, type WorkspaceTree } from "@/lib/graph/build-tree";
import type { WorkspaceRow } from "@/lib/contract";
import { selectWorkspace } from "@/lib/events/workspace-index";
import { saveJsonFile } from "@/lib/save-json-file";
import { useCanvasCommandsStore } from "@/store/canvas-commands";

/** How far a duplicate lands from its source, so both stay visible. */
const DUPLICATE_OFFSET = { x: 40, y: 40 };

/** Export (download) and duplicate (export, import, place beside the source, focus it); each resolves with a sentence. */
export function useBundleActions() {
  const editTarget = useEditTarget();
  const requestFocus = useCanvasCommandsStore((s) => s.requestFocus);

  const exportToFile = useCallback(async (row: WorkspaceRow) => {
    const bundle = await exportBundle(row.id);
    saveJsonFile(bundleFileName(bundle.name), bundle);
    return `Exported ${row.name} as ${bundleFileName(bundle.name)}.`;
  }, []);

  const duplicate = useCallback(
    async (row: WorkspaceRow, rows: readonly WorkspaceRow[], tree: WorkspaceTree) => {
      const bundle = await exportBundle(row.id);
      const subtree = [row.id, ...descendantsOf(tree, row.id)].flatMap(
        (id) => selectWorkspace(rows, id) ?? [],
      );
      const { result } = await importAndPlace(editTarget, bundle, {
        positions: new Map(subtree.map((r) => [r.id, { x: r.x, y: r.y }])),
        offset: DUPLICATE_OFFSET,
        parentId: row.parent_id,
      });
      void whenPlaced(editTarget.queryClient, result.workspace_id).then(
        (isListed) => isListed && requestAnimationFrame(() => requestFocus(result.workspace_id)),
      );
      const failed = flattenImport(result).filter((r) => r.status === "failed");
      if (failed.length > 0) return `Duplicated ${row.name}, but ${failed.length} copies failed to start.`;
      return `Duplicated ${row.name}; the copy is starting.`;
    },
    [editTarget, requestFocus],
  );

  return { exportToFile, duplicate };
}
