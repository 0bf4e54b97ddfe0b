import type { ReportData } from "@antdash/api";
import type { ChartDatum } from "../charts/chart-datum";
import type { SeriesBucket, SeriesLayer } from "../charts/time-series-chart";
import { fillTemplate } from "../fill-template";
import type { PrintWords } from "./print-words";

// The report's data turned into what the charts draw, as the overview's chart data does for the page: translated
// labels, and print tones (dark, hatched, mid grey, dotted, light) that part without colour. No links on paper.

type Summary = ReportData["current"]["summary"];
const STATUSES = ["SUCCESS", "CANCELLED", "BUSY", "IVR", "UNSUCCESS"] as const;
const DIRECTIONS = ["to_ab", "from_ab"] as const;
const tone = (i: number) => `tone-${i + 1}`;

function datum(
  key: string,
  label: string,
  value: number,
  i: number,
  w: PrintWords,
  count: Intl.NumberFormat,
) {
  return {
    key,
    label,
    value,
    aria: fillTemplate(w.element, { name: label, count: count.format(value) }),
    tone: tone(i),
  } satisfies ChartDatum;
}

export function directionData(s: Summary, w: PrintWords, count: Intl.NumberFormat): ChartDatum[] {
  return DIRECTIONS.map((key, i) => datum(key, w.directions[key], s.byDirection[key] ?? 0, i, w, count));
}

export function statusData(s: Summary, w: PrintWords, count: Intl.NumberFormat): ChartDatum[] {
  return STATUSES.map((key, i) => datum(key, w.statuses[key], s.byStatus[key] ?? 0, i, w, count));
}

/** The busiest DIDs first, at most `max`. */
export function didData(s: Summary, w: PrintWords, count: Intl.NumberFormat, max = 12): ChartDatum[] {
  return Object.entries(s.byDid)
    .filter(([key, value]) => key !== "" && value > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, max)
    .map(([key, value]) => datum(key, key, value, 0, w, count));
}

export function statusLayers(w: PrintWords): SeriesLayer[] {
  return STATUSES.map((key, i) => ({ key, label: w.statuses[key], color: "", tone: tone(i) }));
}

/** "2026-11-19T08:00" (a bucket's local start): "08:00" by hour, "19/11" by day, "11/2026" by month. */
function axisLabel(label: string, bucket: ReportData["series"]["bucket"]): string {
  const [date = "", time = ""] = label.split("T");
  const [y, m, d] = date.split("-");
  if (bucket === "hour") return time;
  if (bucket === "month") return `${m}/${y}`;
  return `${d}/${m}`;
}

export function seriesBuckets(
  series: ReportData["series"],
  w: PrintWords,
  count: Intl.NumberFormat,
): SeriesBucket[] {
  return series.points.map((point) => ({
    key: point.label,
    label: axisLabel(point.label, series.bucket),
    partial: point.partial,
    segments: STATUSES.map((key, i) => datum(key, w.statuses[key], point.byStatus[key] ?? 0, i, w, count)),
  }));
}
