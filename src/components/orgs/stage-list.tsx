import type { ProvisionStatus } from "@/lib/contract/control-plane";
import { formatDuration } from "@/lib/format-time";
import { stageSeconds } from "@/lib/provisioning-progress";

type Stage = NonNullable<ProvisionStatus["stages"]>[number];

const STATE_TEXT: Record<Stage["state"], string> = {
  pending: "Waiting",
  active: "In progress",
  done: "Done",
  failed: "Failed",
};
const STATE_CLASS: Record<Stage["state"], string> = {
  pending: "text-muted",
  active: "font-medium",
  done: "",
  failed: "text-danger font-medium",
};

/** Each named stage with its state and how long it took (or has taken so far). */
export function StageList({ stages, now }: { stages: Stage[]; now: number }) {
  return (
    <ol aria-label="Provisioning stages" className="flex flex-col gap-1">
      {stages.map((stage) => {
        const seconds = stageSeconds(stage, now);
        return (
          <li
            key={stage.id}
            aria-current={stage.state === "active" ? "step" : undefined}
            className={`flex justify-between gap-4 text-sm ${STATE_CLASS[stage.state]}`}
          >
            <span>{stage.label}</span>
            <span>
              {STATE_TEXT[stage.state]}
              {seconds !== null ? ` · ${formatDuration(seconds * 1000)}` : ""}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
