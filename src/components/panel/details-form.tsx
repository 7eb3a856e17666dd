"use client";

import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { describeError } from "@/lib/api/describe-error";
import { useEditTarget } from "@/lib/api/use-edit-target";
import { patchWorkspaceOptimistic } from "@/lib/api/workspace-mutations";
import { TIER_OPTIONS } from "@/lib/workspace-status";
import { workspaceNameSchema, type PatchWorkspaceRequest, type WorkspaceRow } from "@/lib/contract";
import { useToastStore } from "@/store/toasts";
import { useUndoStore } from "@/store/undo";

const MAX_ROLE = 1000;

type Edits = { name?: string; role?: string; tier?: number };
type FieldErrors = { name?: string; role?: string };

function validate(edits: Edits): FieldErrors {
  const errors: FieldErrors = {};
  if (edits.name !== undefined) {
    const parsed = workspaceNameSchema.safeParse(edits.name);
    if (!parsed.success) errors.name = capitalise(parsed.error.issues[0]?.message ?? "invalid name");
  }
  if (edits.role !== undefined && edits.role.length > MAX_ROLE)
    errors.role = `Role must be at most ${MAX_ROLE} characters.`;
  return errors;
}

const capitalise = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;

/** The fields of `edits` that differ from the row, as a PATCH body, plus the row's values before. */
function changes(row: WorkspaceRow, edits: Edits) {
  const next: PatchWorkspaceRequest = {};
  const previous: PatchWorkspaceRequest = {};
  const name = edits.name?.trim();
  if (name !== undefined && name !== row.name) {
    next.name = name;
    previous.name = row.name;
  }
  if (edits.role !== undefined && edits.role !== (row.role ?? "")) {
    next.role = edits.role;
    previous.role = row.role ?? "";
  }
  if (edits.tier !== undefined && edits.tier !== row.tier) {
    next.tier = edits.tier;
    previous.tier = row.tier;
  }
  return { next, previous };
}

/**
 * Name, role and tier. Untouched fields follow live updates; touched ones keep the user's draft,
 * and a failed save leaves the draft in place with the reason next to it.
 */
export function DetailsForm({ row }: { row: WorkspaceRow }) {
  const editTarget = useEditTarget();
  const record = useUndoStore((s) => s.record);
  const showToast = useToastStore((s) => s.show);
  const errorId = useId();
  const [edits, setEdits] = useState<Edits>({});
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const { next, previous } = changes(row, edits);
  const isDirty = Object.keys(next).length > 0;

  const edit = (patch: Edits) => {
    setEdits((e) => ({ ...e, ...patch }));
    setSaveError(null);
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = validate(edits);
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0 || !isDirty) return;
    setIsSaving(true);
    setSaveError(null);
    try {
      await patchWorkspaceOptimistic(editTarget, row.id, next);
      setEdits({});
      const label = next.name ? `Rename ${previous.name} to ${next.name}` : `Edit ${row.name}`;
      record({
        label,
        undo: () => patchWorkspaceOptimistic(editTarget, row.id, previous),
        redo: () => patchWorkspaceOptimistic(editTarget, row.id, next),
      });
      showToast({ kind: "success", title: "Saved", message: label });
    } catch (err) {
      const { title, message } = describeError(err);
      setSaveError(`${title}: ${message} Your changes are kept; try again.`);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form
      onSubmit={(e) => void handleSubmit(e)}
      aria-describedby={saveError ? errorId : undefined}
      className="flex flex-col gap-3"
    >
      <TextField
        label="Name"
        value={edits.name ?? row.name}
        onChange={(e) => edit({ name: e.target.value })}
        error={fieldErrors.name}
        maxLength={300}
      />
      <TextField
        label="Role"
        value={edits.role ?? row.role ?? ""}
        onChange={(e) => edit({ role: e.target.value })}
        error={fieldErrors.role}
      />
      <SelectField
        label="Tier"
        options={TIER_OPTIONS}
        value={String(edits.tier ?? row.tier)}
        onChange={(e) => edit({ tier: Number(e.target.value) })}
      />
      {saveError ? (
        <p id={errorId} role="alert" className="text-sm text-danger">
          {saveError}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={!isDirty} isBusy={isSaving}>
          {isSaving ? "Saving…" : "Save"}
        </Button>
        {isDirty ? (
          <Button
            variant="secondary"
            onClick={() => {
              setEdits({});
              setFieldErrors({});
              setSaveError(null);
            }}
          >
            Discard changes
          </Button>
        ) : null}
      </div>
    </form>
  );
}
