import { EDGE_WIDTH_MAX, EDGE_WIDTH_MIN } from "@/lib/topology/edge-visual";

const SAMPLES = [
  { label: "Few calls", width: EDGE_WIDTH_MIN, color: "var(--accent)" },
  { label: "Many calls", width: EDGE_WIDTH_MAX, color: "var(--accent)" },
  { label: "Some calls failed", width: 2, color: "var(--danger)" },
  { label: "Not allowed by the hierarchy", width: 2, color: "var(--danger)", dash: "6 4" },
] as const;

/** What an A2A edge's width, colour and dash mean; the org screen's legend shows it under the statuses. */
export function EdgeLegend() {
  return (
    <div>
      <h3 className="mb-1 font-medium">Calls between agents</h3>
      <ul className="space-y-1">
        {SAMPLES.map((s) => (
          <li key={s.label} className="flex items-center gap-2">
            <svg width="28" height="8" aria-hidden="true" className="shrink-0">
              <line
                x1="0"
                y1="4"
                x2="28"
                y2="4"
                style={{ stroke: s.color }}
                strokeWidth={s.width}
                strokeDasharray={"dash" in s ? s.dash : undefined}
              />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
      <p className="mt-1 text-muted">Point at, focus or select an edge or a card to see call counts.</p>
    </div>
  );
}
