"use client";

import { Dialog } from "@/components/ui/dialog";
import { SHORTCUTS, comboLabels, type Shortcut } from "@/lib/shortcuts";
import { useDialogsStore } from "@/store/dialogs";
import { useIsMac } from "./use-is-mac";

const GROUPS: Shortcut["group"][] = ["General", "Canvas", "Selected workspace"];

/** Every keyboard shortcut, grouped, read from the same list the key handlers use. */
export function HelpSheet() {
  const isOpen = useDialogsStore((s) => s.isHelpOpen);
  const close = useDialogsStore((s) => s.closeHelp);
  const isMac = useIsMac();
  if (!isOpen) return null;
  return (
    <Dialog title="Keyboard shortcuts" onClose={close} size="lg">
      <div className="grid gap-4 sm:grid-cols-2">
        {GROUPS.map((group) => (
          <section key={group} aria-labelledby={`help-${group}`}>
            <h3 id={`help-${group}`} className="mb-2 text-sm font-semibold">
              {group}
            </h3>
            <dl className="flex flex-col gap-1.5 text-sm">
              {SHORTCUTS.filter((s) => s.group === group).map((shortcut) => (
                <div key={shortcut.id} className="flex items-center justify-between gap-3">
                  <dt>{shortcut.description}</dt>
                  <dd className="flex shrink-0 gap-2">
                    {shortcut.combos.map((combo) => (
                      <span key={comboLabels(combo, isMac).join("+")} className="flex gap-0.5">
                        {comboLabels(combo, isMac).map((label) => (
                          <kbd
                            key={label}
                            className="rounded border border-border/60 bg-surface px-1.5 font-mono text-xs"
                          >
                            {label}
                          </kbd>
                        ))}
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
