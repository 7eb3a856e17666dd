import { meets, type Figure } from "./stats";

const fmt = (v: number) =>
  Number.isInteger(v)
    ? String(v)
    : Number.isNaN(v)
      ? "n/a"
      : Math.abs(v) >= 100
        ? v.toFixed(0)
        : Math.abs(v) >= 10
          ? v.toFixed(1)
          : v.toFixed(2);

/** The results as a markdown table, each target beside its figure. */
export function markdownTable(figures: readonly Figure[], header: string): string {
  const lines = [
    header,
    "",
    "| section | measure | figure | target | meets | runs | note |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const f of figures) {
    const target = f.target ? `${f.target.op === "max" ? "≤" : "≥"} ${f.target.value} ${f.unit}` : "";
    const ok = meets(f);
    const verdict = ok === null ? "" : ok ? "yes" : "**no**";
    const note = (f.note ?? "").replace(/\|/g, "\\|");
    lines.push(
      `| ${f.section} | ${f.metric} | ${fmt(f.value)} ${f.unit} | ${target} | ${verdict} | ${f.runs} | ${note} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}
