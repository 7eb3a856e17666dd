import { useCallback, useState } from "react";
import { flattenImport, importAndPlace } from "@/lib/api/bundles";
import { describeError } from "@/lib/api/describe-error";
import { useEditTarget } from "@/lib/api/use-edit-target";
import { whenPlaced } from "@/lib/api/when-listed";
import { readBundleFile } from "@/lib/bundle-file";
import { useCanvasCommandsStore } from "@/store/canvas-commands";
import { useToastStore } from "@/store/toasts";

const NOWHERE = { positions: new Map(), offset: { x: 0, y: 0 }, parentId: null };

/** Validates a `.bundle.json` file and imports it; every outcome is reported, nothing throws. */
export function useImportBundle() {
  const editTarget = useEditTarget();
  const showToast = useToastStore((s) => s.show);
  const requestFocus = useCanvasCommandsStore((s) => s.requestFocus);
  const [isImporting, setIsImporting] = useState(false);

  const importFile = useCallback(
    async (file: File) => {
      const read = await readBundleFile(file);
      if (!read.ok) {
        showToast({ kind: "error", title: "Can't import this file", message: read.message });
        return;
      }
      setIsImporting(true);
      try {
        // The copy goes top level and the canvas places it; its new id is what we focus.
        const { result } = await importAndPlace(editTarget, read.bundle, NOWHERE);
        const failed = flattenImport(result).filter((r) => r.status === "failed");
        // The copy's card exists only once its row is listed; one frame later the chart has laid it out.
        void whenPlaced(editTarget.queryClient, result.workspace_id).then(
          (isListed) => isListed && requestAnimationFrame(() => requestFocus(result.workspace_id)),
        );
        showToast(
          failed.length === 0
            ? { kind: "success", title: `Imported ${result.name}`, message: "It is starting with a new id." }
            : {
                kind: "error",
                title: `Imported ${result.name}, but ${failed.length} failed to start`,
                message: failed.map((f) => `${f.name}: ${f.error ?? "failed"}`).join("; "),
              },
        );
      } catch (err) {
        const { title, message } = describeError(err);
        showToast({ kind: "error", title: `Import failed: ${title}`, message });
      } finally {
        setIsImporting(false);
      }
    },
    [editTarget, requestFocus, showToast],
  );

  return { importFile, isImporting };
}
