"use client";

import { Suspense } from "react";
import { useShallow } from "zustand/react/shallow";
import { lazyWithPreload } from "@/components/ui/lazy-with-preload";
import { useDialogsStore } from "@/store/dialogs";
import { useToastStore } from "@/store/toasts";

// Each overlay's code (Radix, cmdk, the forms) is left out of the first load: it loads when the
// overlay first opens, or earlier when the browser is idle (see OVERLAY_PRELOADS).
const WorkspaceContextMenu = lazyWithPreload(() =>
  import("@/components/context-menu/workspace-context-menu").then((m) => m.WorkspaceContextMenu),
);
const CreateWorkspaceDialog = lazyWithPreload(() =>
  import("@/components/create/create-workspace-dialog").then((m) => m.CreateWorkspaceDialog),
);
const DeleteDialog = lazyWithPreload(() =>
  import("@/components/delete/delete-dialog").then((m) => m.DeleteDialog),
);
const CommandPalette = lazyWithPreload(() =>
  import("@/components/palette/command-palette").then((m) => m.CommandPalette),
);
const HelpSheet = lazyWithPreload(() => import("@/components/palette/help-sheet").then((m) => m.HelpSheet));
const Toaster = lazyWithPreload(() => import("@/components/ui/toaster").then((m) => m.Toaster));

export const OVERLAY_PRELOADS = [
  WorkspaceContextMenu,
  CreateWorkspaceDialog,
  DeleteDialog,
  CommandPalette,
  HelpSheet,
  Toaster,
].map((component) => component.preload);

/** The org screen's card menu, dialogs, palette and toasts, each mounted only while it has something to show. */
export function OrgOverlays() {
  const open = useDialogsStore(
    useShallow((s) => ({
      menu: s.contextMenu !== null,
      create: s.create !== null,
      delete: s.deleteIds.length > 0,
      palette: s.isPaletteOpen,
      help: s.isHelpOpen,
    })),
  );
  const hasToasts = useToastStore((s) => s.toasts.length > 0);
  return (
    <>
      <Suspense fallback={null}>
        {open.menu ? <WorkspaceContextMenu /> : null}
        {open.create ? <CreateWorkspaceDialog /> : null}
        {open.delete ? <DeleteDialog /> : null}
        {open.palette ? <CommandPalette /> : null}
        {open.help ? <HelpSheet /> : null}
      </Suspense>
      <Suspense fallback={null}>{hasToasts ? <Toaster /> : null}</Suspense>
    </>
  );
}
