import type { WorkspaceRow } from "@/lib/contract";
import { DetailsForm } from "./details-form";
import { StatusSection } from "./status-section";
import { WorkspaceActionsBar } from "./workspace-actions-bar";

/** Editable identity, live status and the lifecycle actions of one workspace. */
export function DetailsTab({ row }: { row: WorkspaceRow }) {
  return (
    <div className="flex flex-col gap-6">
      <DetailsForm row={row} />
      <StatusSection row={row} />
      <WorkspaceActionsBar row={row} />
    </div>
  );
}
