"use client";

import { Button } from "@/components/ui/button";
import { useDialogsStore } from "@/store/dialogs";

/** An org with no workspaces: says so and offers the first step. */
export function EmptyOrg() {
  const openCreate = useDialogsStore((s) => s.openCreate);
  return (
    <section
      aria-labelledby="empty-org-title"
      className="flex max-w-md flex-col items-center gap-3 text-center"
    >
      <h2 id="empty-org-title" className="text-lg font-semibold">
        No workspaces yet
      </h2>
      <p className="text-sm text-muted">
        A workspace runs one agent. Create the first one, then add teams under it to build your org chart.
      </p>
      <Button onClick={() => openCreate({})}>Create a workspace</Button>
    </section>
  );
}
