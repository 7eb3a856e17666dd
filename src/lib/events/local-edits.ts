import type { WorkspaceRow } from "@/lib/contract";
import { sameJson } from "./apply-row-event";

/** How long a saved edit still wins over the platform's rows when no row echoing it arrives. */
export const UNCONFIRMED_EDIT_MS = 5000;

type RowFields = Partial<WorkspaceRow>;
type Edit = { seq: number; id: string; fields: RowFields; savedAt: number | null };

export type LocalEditHandle = {
  /** The PATCH succeeded: the edit holds until the platform echoes it, or for a grace period. */
  saved(): void;
  /** The PATCH failed: the edit stops winning at once (the caller rolls the row back). */
  failed(): void;
};

export type LocalEdits = {
  begin(id: string, fields: RowFields): LocalEditHandle;
  /** A full row from the platform: drops the edits it shows applied, and every older edit of that row. */
  confirm(row: WorkspaceRow): void;
  /** The rows with every still-pending edit laid over them; the same array when nothing changes. */
  overlay(rows: WorkspaceRow[]): WorkspaceRow[];
  size(): number;
};

/**
 * Optimistic edits whose save is in flight or not yet echoed back. Two quick saves of one card race
 * on the socket: the echo of the first would otherwise undo the second on screen until its own echo.
 */
export function createLocalEdits(now: () => number = Date.now): LocalEdits {
  let edits: Edit[] = [];
  let seq = 0;

  const drop = (predicate: (edit: Edit) => boolean) => {
    edits = edits.filter((edit) => !predicate(edit));
  };
  const prune = () => {
    const cutoff = now() - UNCONFIRMED_EDIT_MS;
    if (edits.some((e) => e.savedAt !== null && e.savedAt < cutoff))
      drop((e) => e.savedAt !== null && e.savedAt < cutoff);
  };

  return {
    begin(id, fields) {
      const edit: Edit = { seq: ++seq, id, fields, savedAt: null };
      edits.push(edit);
      return {
        saved: () => {
          edit.savedAt = now();
        },
        failed: () => drop((e) => e === edit),
      };
    },
    confirm(row) {
      const shown = edits.filter(
        (e) =>
          e.id === row.id &&
          Object.entries(e.fields).every(([key, value]) => sameJson(row[key as keyof WorkspaceRow], value)),
      );
      if (shown.length === 0) return;
      const newest = Math.max(...shown.map((e) => e.seq));
      drop((e) => e.id === row.id && e.seq <= newest);
    },
    overlay(rows) {
      prune();
      if (edits.length === 0) return rows;
      const byId = new Map<string, RowFields>();
      for (const edit of edits) byId.set(edit.id, { ...byId.get(edit.id), ...edit.fields });
      let changed = false;
      const next = rows.map((row) => {
        const fields = byId.get(row.id);
        if (!fields) return row;
        const differs = Object.entries(fields).some(
          ([key, value]) => !sameJson(row[key as keyof WorkspaceRow], value),
        );
        if (!differs) return row;
        changed = true;
        return { ...row, ...fields };
      });
      return changed ? next : rows;
    },
    size: () => edits.length,
  };
}
