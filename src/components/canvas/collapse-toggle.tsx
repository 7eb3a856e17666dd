"use client";

import { useEditTarget } from "@/lib/api/use-edit-target";
import { saveEdit } from "./save-edit";

type CollapseToggleProps = { id: string; name: string; collapsed: boolean; count: number };

/** Shows or hides a team's members; the choice is saved on the platform and can be undone. */
export function CollapseToggle({ id, name, collapsed, count }: CollapseToggleProps) {
  const editTarget = useEditTarget();
  const handleClick = () =>
    void saveEdit(editTarget, {
      label: `${collapsed ? "Expand" : "Collapse"} ${name}`,
      apply: new Map([[id, { collapsed: !collapsed }]]),
      revert: new Map([[id, { collapsed }]]),
    });
  return (
    <button
      type="button"
      onClick={handleClick}
      aria-expanded={!collapsed}
      aria-label={`${collapsed ? "Expand" : "Collapse"} team ${name} (${count} ${count === 1 ? "member" : "members"})`}
      className="nodrag shrink-0 rounded border border-border/60 px-1.5 py-0.5 text-xs text-muted hover:bg-surface hover:text-fg"
    >
      {collapsed ? `+${count}` : "−"}
    </button>
  );
}
