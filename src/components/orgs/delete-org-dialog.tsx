"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/text-field";
import { isApiError } from "@/lib/api/client";
import { describeError } from "@/lib/api/describe-error";
import { deleteOrg, orgQueries } from "@/lib/api/orgs";
import { purgeResultSchema, type PurgeStep } from "@/lib/contract/control-plane";

const STATE_TEXT: Record<PurgeStep["state"], string> = { pending: "Waiting", done: "Done", failed: "Failed" };

/** Purge steps the server reported, from a success body or from the error of a failed attempt. */
function stepsFrom(result: unknown): PurgeStep[] {
  const body = isApiError(result) ? result.body : result;
  return purgeResultSchema.safeParse(body).data?.steps ?? [];
}

/**
 * Type-to-confirm delete (control-plane §4.2): Delete enables only when the typed slug matches;
 * the purge's steps are shown, and Retry re-sends the DELETE, which resumes where it stopped.
 */
export function DeleteOrgDialog({ slug, onClose }: { slug: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState("");
  const purge = useMutation({
    mutationFn: () => deleteOrg(slug, typed),
    onSettled: () => queryClient.invalidateQueries({ queryKey: orgQueries.all() }),
    onSuccess: onClose,
  });
  const steps = stepsFrom(purge.error ?? purge.data);
  const isMatch = typed === slug;

  return (
    <Dialog
      role="alertdialog"
      title={`Delete ${slug}?`}
      description="This stops every agent of the org and permanently deletes its workspaces, activity, secrets and the org itself. It cannot be undone."
      onClose={onClose}
    >
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (isMatch) purge.mutate();
        }}
      >
        <TextField
          label={`Type ${slug} to confirm`}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
        />
        {steps.length > 0 ? (
          <ol aria-label="Deletion progress" className="flex flex-col gap-1 text-sm">
            {steps.map((step) => (
              <li key={step.id} className={step.state === "failed" ? "text-danger" : ""}>
                {step.label}: {STATE_TEXT[step.state]}
              </li>
            ))}
          </ol>
        ) : null}
        {purge.isError ? (
          <p role="alert" className="text-sm text-danger">
            {isApiError(purge.error) && purge.error.status === 500
              ? "Deleting stopped part-way. Retry to resume from the step that failed."
              : describeError(purge.error).message}
          </p>
        ) : null}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button
            type="submit"
            disabled={!isMatch}
            isBusy={purge.isPending}
            className="bg-danger text-white hover:opacity-90"
          >
            {purge.isPending ? "Deleting…" : purge.isError ? "Retry delete" : "Delete org"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
