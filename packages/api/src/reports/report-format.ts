/** How a KPI value prints in the report (the PDF's text and the tests read the same shapes). */
export type KpiFormat = "count" | "percent" | "seconds";

export function formatKpi(value: number | null | undefined, format: KpiFormat): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  if (format === "percent") return `${(value * 100).toFixed(1)}%`;
  if (format === "seconds") return Number.isInteger(value) ? String(value) : value.toFixed(1);
  return String(Math.round(value));
}

/** The format a KPI of the analytics summary's `kpis` takes, from its JSON key. */
export function formatOfKey(key: string): KpiFormat {
  if (/Rate$|^serviceLevel$/.test(key)) return "percent";
  if (/Seconds$/.test(key)) return "seconds";
  return "count";
}

/** "+12.5%" change of a count between periods, or "–" when there was nothing before. */
export function formatChange(current: number, previous: number, format: KpiFormat): string {
  if (format === "percent") {
    const points = (current - previous) * 100;
    return `${points >= 0 ? "+" : ""}${points.toFixed(1)} pt`;
  }
  if (previous === 0) return "–";
  const change = ((current - previous) / previous) * 100;
  return `${change >= 0 ? "+" : ""}${change.toFixed(1)}%`;
}
