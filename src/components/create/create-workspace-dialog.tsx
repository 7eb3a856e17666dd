"use client";

import { useState } from "react";
import { Dialog } from "@/components/ui/dialog";
import { createWorkspace, settleCreated } from "@/lib/api/create-workspace";
import { describeError } from "@/lib/api/describe-error";
import { useEditTarget } from "@/lib/api/use-edit-target";
import type { ConnectionSnippet as Snippet, CreateWorkspaceRequest } from "@/lib/contract";
import { useCanvasCommandsStore } from "@/store/canvas-commands";
import { useDialogsStore, type CreateTarget } from "@/store/dialogs";
import { useSelectionStore } from "@/store/selection";
import { useToastStore } from "@/store/toasts";
import { ConnectionSnippet } from "./connection-snippet";
import { CreateForm, EMPTY_DRAFT, type CreateDraft } from "./create-form";
import { useCreatePosition } from "./use-create-position";

/** Create a workspace from a template or blank, into a team, where the user is looking. */
export function CreateWorkspaceDialog() {
  const target = useDialogsStore((s) => s.create);
  return target ? <CreateDialogBody target={target} /> : null;
}

function CreateDialogBody({ target }: { target: CreateTarget }) {
  const editTarget = useEditTarget();
  const close = useDialogsStore((s) => s.closeCreate);
  const showToast = useToastStore((s) => s.show);
  const select = useSelectionStore((s) => s.select);
  const requestFocus = useCanvasCommandsStore((s) => s.requestFocus);
  const position = useCreatePosition(target.position);
  const [draft, setDraft] = useState<CreateDraft>({ ...EMPTY_DRAFT, parentId: target.parentId ?? "" });
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  // Held only in this component: closing the dialog discards the one-time token for good.
  const [snippet, setSnippet] = useState<Snippet | null>(null);

  const handleSubmit = async (body: Omit<CreateWorkspaceRequest, "canvas">) => {
    setIsSubmitting(true);
    setSubmitError(null);
    // A card inside a team is placed by the canvas; the viewport centre only makes sense at top level.
    const moveTo = body.parent_id && !target.position ? undefined : position;
    try {
      const created = await createWorkspace(body);
      select(created.id);
      // One frame after it settles the chart has laid the card out, so focusing finds it.
      void settleCreated(editTarget, created.id, moveTo).then(
        (isListed) => isListed && requestAnimationFrame(() => requestFocus(created.id)),
      );
      if (created.connection) return setSnippet(created.connection);
      close();
      showToast({
        kind: "success",
        title: `Creating ${body.name}`,
        message: "Its card shows the provisioning steps.",
      });
    } catch (err) {
      const { title, message } = describeError(err);
      setSubmitError(`${title}: ${message} Your entries are kept.`);
    } finally {
      setIsSubmitting(false);
    }
  };

  if (snippet) {
    return (
      <Dialog
        title="Connect your agent"
        description="Run one of these where the agent lives."
        onClose={close}
        size="lg"
      >
        <ConnectionSnippet snippet={snippet} onDone={close} />
      </Dialog>
    );
  }
  return (
    <Dialog title="Create a workspace" onClose={close}>
      <CreateForm
        draft={draft}
        onChange={setDraft}
        onSubmit={(body) => void handleSubmit(body)}
        onCancel={close}
        isSubmitting={isSubmitting}
        submitError={submitError}
      />
    </Dialog>
  );
}
