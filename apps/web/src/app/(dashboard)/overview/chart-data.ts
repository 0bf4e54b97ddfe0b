import type { RouterOutputs } from "@antdash/api";
import { fillTemplate } from "~/filters/fill-template";
import { intlLocale, type Locale } from "~/i18n/locale";
import { statusContextOf, statusNamesFor } from "~/i18n/status-name";
import { isUnfinishedBucket } from "~/lib/partial-bucket";
import type { ChartDatum } from "./chart-datum";
import styles from "./charts.module.css";
import type { DistributionPoint } from "./distribution-chart";
import { bucketHref, drillHref, durationBinHref, type PageFilter } from "./drill";
import { binLabel, formatDuration } from "./format";
import type { HeatmapCellView } from "./heatmap-grid";
import { weekdayHourSlots } from "./heatmap-slots";
import type { OverviewWords } from "./overview-board";
import type { SeriesBucket } from "./time-series-chart";

// The API's aggregates turned into what the charts draw: translated labels, drill-down links, colours. Kept apart
// from the chart components so the page's first script does not need recharts to show numbers.

type Overview = RouterOutputs["analytics"]["overview"];
type Summary = Overview["summary"];
type Status = keyof Summary["byStatus"];
type Direction = keyof Summary["byDirection"];

export interface ChartContext {
  filter: PageFilter;
  locale: Locale;
  timeZone: string;
  messages: OverviewWords;
}

export const STATUSES: readonly Status[] = ["SUCCESS", "CANCELLED", "BUSY", "IVR", "UNSUCCESS"];
const DIRECTIONS: readonly Direction[] = ["to_ab", "from_ab"];
const STATUS_COLOR: Record<Status, string> = {
  SUCCESS: "var(--chart-success)",
  CANCELLED: "var(--chart-cancelled)",
  BUSY: "var(--chart-busy)",
  IVR: "var(--chart-ivr)",
  UNSUCCESS: "var(--chart-unsuccess)",
};

const tone = (name: string) => styles[name] ?? "";
/** Outcomes named for the filter's direction, when it selects one (inbound CANCELLED is the caller abandoning). */
const statusNamesOf = (ctx: Pick<ChartContext, "messages" | "filter">) =>
  statusNamesFor(ctx.messages.names.statuses, statusContextOf(ctx.filter));
const count = (ctx: ChartContext, n: number) => new Intl.NumberFormat(intlLocale(ctx.locale)).format(n);
const aria = (ctx: ChartContext, name: string, n: number) =>
  fillTemplate(ctx.messages.overview.element, { name, count: count(ctx, n) });

export function directionData(summary: Summary, ctx: ChartContext): ChartDatum[] {
  return DIRECTIONS.map((key) => {
    const label = ctx.messages.names.directions[key];
    const value = summary.byDirection[key] ?? 0;
    return {
      key,
      label,
      value,
      href: drillHref(ctx.filter, { direction: [key] }),
      aria: aria(ctx, label, value),
      tone: tone(`dir_${key}`),
    };
  });
}

export function statusData(summary: Summary, ctx: ChartContext): ChartDatum[] {
  return STATUSES.map((key) => {
    const label = statusNamesOf(ctx)[key];
    const value = summary.byStatus[key] ?? 0;
    return {
      key,
      label,
      value,
      href: drillHref(ctx.filter, { status: [key] }),
      aria: aria(ctx, label, value),
      tone: tone(`status_${key}`),
    };
  });
}

/** Every DID with calls, busiest first. */
export function didData(summary: Summary, ctx: ChartContext): ChartDatum[] {
  return Object.entries(summary.byDid)
    .filter(([key, value]) => key !== "" && value > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([key, value]) => ({
      key,
      label: key,
      value,
      href: drillHref(ctx.filter, { did: [key] }),
      aria: aria(ctx, key, value),
      tone: tone("bar"),
    }));
}

export function statusSeries(ctx: Pick<ChartContext, "messages" | "filter">) {
  const names = statusNamesOf(ctx);
  return STATUSES.map((key) => ({
    key,
    label: names[key],
    color: STATUS_COLOR[key],
    tone: tone(`status_${key}`),
  }));
}

/** "2026-11-27T08:00" (a bucket's local start) as a UTC date, so Intl can print it without moving it. */
const wallClock = (label: string) => {
  const [date = "", time = "00:00"] = label.split("T");
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  const [h, mi] = time.split(":").map(Number) as [number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi));
};

export function seriesView(series: Overview["timeSeries"], ctx: ChartContext) {
  const tag = intlLocale(ctx.locale);
  const manyDays = new Set(series.points.map((p) => p.label.slice(0, 10))).size > 1;
  const axisFormat = new Intl.DateTimeFormat(
    tag,
    series.bucket === "hour"
      ? {
          timeZone: "UTC",
          hour: "2-digit",
          minute: "2-digit",
          ...(manyDays && { day: "2-digit", month: "2-digit" }),
        }
      : series.bucket === "month"
        ? { timeZone: "UTC", month: "short", year: "numeric" }
        : { timeZone: "UTC", day: "2-digit", month: "2-digit" },
  );
  const longFormat = new Intl.DateTimeFormat(tag, {
    timeZone: "UTC",
    dateStyle: "medium",
    ...(series.bucket === "hour" && { timeStyle: "short" }),
  });
  const now = new Date();
  const buckets: SeriesBucket[] = series.points.map((point) => {
    const start = wallClock(point.label);
    const partial = isUnfinishedBucket(point, now);
    const when = partial
      ? `${longFormat.format(start)} (${ctx.messages.overview.partialBucket})`
      : longFormat.format(start);
    return {
      key: point.label,
      label: axisFormat.format(start),
      partial,
      segments: STATUSES.map((status) => {
        const value = point.byStatus[status] ?? 0;
        const name = `${when}, ${statusNamesOf(ctx)[status]}`;
        return {
          key: status,
          label: statusNamesOf(ctx)[status],
          value,
          href: bucketHref(ctx.filter, point, status),
          aria: aria(ctx, name, value),
          tone: tone(`status_${status}`),
        };
      }),
    };
  });
  return {
    buckets,
    bucketName: ctx.messages.overview.buckets[series.bucket],
    hasPartial: buckets.some((b) => b.partial),
  };
}

/** Monday first, as weeks are read in Vietnam. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

export function heatmapRows(heatmap: RouterOutputs["analytics"]["heatmap"], ctx: ChartContext) {
  const m = ctx.messages.overview;
  const tag = intlLocale(ctx.locale);
  // 2026-11-22 was a Sunday: day 22 + w is weekday w.
  const dayName = (w: number, weekday: "long" | "short") =>
    new Intl.DateTimeFormat(tag, { timeZone: "UTC", weekday }).format(new Date(Date.UTC(2026, 10, 22 + w)));
  const slotFormat = new Intl.DateTimeFormat(tag, {
    timeZone: ctx.timeZone,
    dateStyle: "short",
    timeStyle: "short",
  });
  const range = { from: new Date(ctx.filter.from), to: new Date(ctx.filter.to) };
  const max = Math.max(0, ...heatmap.cells.map((c) => c.calls));
  const hh = (h: number) => `${String(h).padStart(2, "0")}:00`;
  return WEEK_ORDER.map((weekday) => ({
    weekday,
    name: dayName(weekday, "short"),
    cells: heatmap.cells
      .filter((c) => c.weekday === weekday)
      .sort((a, b) => a.hour - b.hour)
      .map((cell): HeatmapCellView => {
        const slots = weekdayHourSlots(range, weekday, cell.hour, heatmap.timeZone);
        const latest = slots.at(-1);
        const label = fillTemplate(m.heatmapCell, {
          weekday: dayName(weekday, "long"),
          hour: `${hh(cell.hour)}–${hh((cell.hour + 1) % 24)}`,
          count: count(ctx, cell.calls),
        });
        return {
          weekday,
          hour: cell.hour,
          calls: cell.calls,
          level: cell.calls === 0 || max === 0 ? 0 : Math.max(1, Math.ceil((5 * cell.calls) / max)),
          aria: label,
          ...(latest && {
            href: bucketHref(ctx.filter, { from: latest.from.toISOString(), to: latest.to.toISOString() }),
          }),
          ...(slots.length > 1 &&
            latest && {
              title: fillTemplate(m.heatmapLatest, {
                count: slots.length,
                slot: slotFormat.format(latest.from),
              }),
            }),
        };
      }),
  }));
}

export function distributionView(
  distribution: RouterOutputs["analytics"]["distribution"],
  ctx: ChartContext,
) {
  const m = ctx.messages.overview;
  const edges = distribution.edges;
  const bin = (from: number, to: number | null) => binLabel(from, to, m.units, m.openBin);
  const points: DistributionPoint[] = distribution.cells
    .filter((cell) => cell.calls > 0)
    .map((cell) => ({
      key: `${cell.billingFrom}|${cell.durationFrom}`,
      label: bin(cell.durationFrom, cell.durationTo),
      value: cell.calls,
      durationIndex: edges.indexOf(cell.durationFrom),
      billingIndex: edges.indexOf(cell.billingFrom),
      href: durationBinHref(ctx.filter, { from: cell.durationFrom, to: cell.durationTo }),
      aria: fillTemplate(m.distributionCell, {
        billing: bin(cell.billingFrom, cell.billingTo),
        duration: bin(cell.durationFrom, cell.durationTo),
        count: count(ctx, cell.calls),
      }),
      tone: tone("bubble"),
    }));
  return { points, ticks: edges.map((edge) => formatDuration(edge, m.units)) };
}
