import type { RouterOutputs } from "@antdash/api";
import { fillTemplate } from "~/filters/fill-template";
import { DIRECTION_VALUES, STATUS_VALUES } from "~/i18n/call-values";
import { intlLocale, type Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages";
import { statusContextOf, statusNamesFor } from "~/i18n/status-name";
import { isUnfinishedBucket } from "~/lib/partial-bucket";
import type { ChartDatum } from "@antdash/dashboard-ui";
import styles from "./charts.module.css";
import type { DistributionPoint } from "./distribution-chart";
import { bucketHref, drillHref, durationBinHref, type PageFilter } from "./drill";
import { binLabel, formatDurationInWords as formatDuration } from "~/format/duration-words";
import type { HeatmapCellView } from "./heatmap-grid";
import { weekdayHourSlots } from "./heatmap-slots";
import { kindNarrow } from "@antdash/dashboard-ui";
import type { SeriesBucket } from "@antdash/dashboard-ui";
import type { WaitBucketView } from "./wait-chart";

// The API's aggregates turned into what the charts draw: translated labels, drill-down links, colours. Kept apart
// from the chart components so the page's first script does not need recharts to show numbers.

type Overview = RouterOutputs["analytics"]["overview"];
type Summary = Overview["summary"];
type Status = keyof Summary["byStatus"];
type Direction = keyof Summary["byDirection"];

/** The words the overview's cards and charts show, in the page's language. */
export interface OverviewWords {
  overview: Messages["overview"];
  names: Pick<Messages["filters"], "directions" | "statuses">;
}

export interface ChartContext {
  filter: PageFilter;
  locale: Locale;
  timeZone: string;
  messages: OverviewWords;
}

const STATUSES: readonly Status[] = STATUS_VALUES;
const DIRECTIONS: readonly Direction[] = DIRECTION_VALUES;
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

/** One datum a key, in the keys' order: its count (0 when absent), its name, its drill-down and its colour. */
function keyedData<K extends string>(
  ctx: ChartContext,
  keys: readonly K[],
  counts: Partial<Record<K, number>>,
  names: Record<K, string>,
  narrow: (key: K) => Parameters<typeof drillHref>[1],
  tonePrefix: string,
): ChartDatum[] {
  return keys.map((key) => {
    const label = names[key];
    const value = counts[key] ?? 0;
    return {
      key,
      label,
      value,
      href: drillHref(ctx.filter, narrow(key)),
      aria: aria(ctx, label, value),
      tone: tone(`${tonePrefix}${key}`),
    };
  });
}

export function directionData(summary: Summary, ctx: ChartContext): ChartDatum[] {
  const names = ctx.messages.names.directions;
  return keyedData(ctx, DIRECTIONS, summary.byDirection, names, (key) => ({ direction: [key] }), "dir_");
}

export function statusData(summary: Summary, ctx: ChartContext): ChartDatum[] {
  return keyedData(
    ctx,
    STATUSES,
    summary.byStatus,
    statusNamesOf(ctx),
    (key) => ({ status: [key] }),
    "status_",
  );
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

type Heatmap = RouterOutputs["analytics"]["heatmap"];
export type HeatmapMode = Heatmap["mode"];
export const HEATMAP_MODES: readonly HeatmapMode[] = ["volume", "inboundMissed", "inboundAnswerRate"];

/** The shade of a cell: its value against the busiest cell, or for answer rates, how far below 100 % it is. */
export function heatLevel(mode: HeatmapMode, value: number | null, max: number): number {
  if (value === null) return 0;
  if (mode === "inboundAnswerRate") return Math.max(1, Math.ceil(5 * (1 - value)));
  return value === 0 || max === 0 ? 0 : Math.max(1, Math.ceil((5 * value) / max));
}

/**
 * The heatmap's cells for its mode. Volume and missed calls are averaged per day of that weekday in the range (the
 * API divides by weekdayDays), so a 10-day range does not count some weekdays twice; the answer rate is over every
 * occurrence of the hour.
 */
export function heatmapRows(heatmap: Heatmap, ctx: ChartContext) {
  const m = ctx.messages.overview;
  const tag = intlLocale(ctx.locale);
  const average = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 });
  // 2026-11-22 was a Sunday: day 22 + w is weekday w.
  const dayName = (w: number, weekday: "long" | "short") =>
    new Intl.DateTimeFormat(tag, { timeZone: "UTC", weekday }).format(new Date(Date.UTC(2026, 10, 22 + w)));
  const slotFormat = new Intl.DateTimeFormat(tag, {
    timeZone: ctx.timeZone,
    dateStyle: "short",
    timeStyle: "short",
  });
  const range = { from: new Date(ctx.filter.from), to: new Date(ctx.filter.to) };
  const mode = heatmap.mode;
  const max = Math.max(0, ...heatmap.cells.map((c) => c.value ?? 0));
  const narrow =
    mode === "inboundMissed"
      ? kindNarrow(ctx.filter, "inbound", ["CANCELLED", "BUSY", "IVR", "UNSUCCESS"])
      : mode === "inboundAnswerRate"
        ? kindNarrow(ctx.filter, "inbound")
        : {};
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
        const label = fillTemplate(m.heatmapCells[mode], {
          weekday: dayName(weekday, "long"),
          hour: `${hh(cell.hour)}–${hh((cell.hour + 1) % 24)}`,
          value:
            cell.value === null
              ? "—"
              : mode === "inboundAnswerRate"
                ? percent.format(cell.value)
                : average.format(cell.value),
          days: heatmap.weekdayDays[weekday] ?? 0,
          count: count(ctx, mode === "volume" ? cell.calls : cell.inboundOffered),
        });
        return {
          weekday,
          hour: cell.hour,
          calls: cell.calls,
          level: heatLevel(mode, cell.value, max),
          aria: label,
          ...(latest &&
            narrow && {
              href: drillHref(ctx.filter, {
                ...narrow,
                from: latest.from.toISOString(),
                to: latest.to.toISOString(),
              }),
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
      billingLabel: bin(cell.billingFrom, cell.billingTo),
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

/**
 * The inbound wait distribution as bars. Abandoned calls have no talk, so their wait is their duration: their bar
 * opens exactly its calls. An answered call's duration is its wait plus its talk, and the filter cannot select by
 * wait: its bar opens the answered inbound calls lasting at least the bucket's shortest wait.
 */
export function waitView(waits: RouterOutputs["analytics"]["waitDistribution"], ctx: ChartContext) {
  const m = ctx.messages.overview;
  const seconds = (n: number) => formatDuration(n, m.units);
  const answered = kindNarrow(ctx.filter, "inbound", ["SUCCESS"]);
  const abandoned = kindNarrow(ctx.filter, "inbound", ["CANCELLED"]);
  const names = { answered: m.wait.answered, abandoned: m.wait.abandoned };
  const buckets: WaitBucketView[] = waits.buckets.map((bucket) => {
    const label =
      bucket.maxSeconds === null
        ? fillTemplate(m.openBin, { from: seconds(bucket.minSeconds) })
        : `${bucket.minSeconds}–${bucket.maxSeconds} ${m.units.seconds}`;
    const datum = (series: "answered" | "abandoned", href: string): ChartDatum => ({
      key: `${bucket.minSeconds}`,
      label,
      value: bucket[series],
      href,
      aria: fillTemplate(m.wait.element, {
        name: names[series],
        wait: label,
        count: count(ctx, bucket[series]),
      }),
      tone: tone(series === "answered" ? "status_SUCCESS" : "status_CANCELLED"),
    });
    return {
      key: String(bucket.minSeconds),
      label,
      withinServiceLevel: bucket.withinServiceLevel,
      answered: datum(
        "answered",
        answered
          ? durationBinHref(ctx.filter, { from: bucket.minSeconds, to: null }, answered)
          : drillHref(ctx.filter, {}),
      ),
      abandoned: datum(
        "abandoned",
        abandoned
          ? durationBinHref(
              ctx.filter,
              { from: bucket.minSeconds, to: bucket.maxSeconds === null ? null : bucket.maxSeconds + 1 },
              abandoned,
            )
          : drillHref(ctx.filter, {}),
      ),
    };
  });
  return {
    buckets,
    names,
    thresholdLabel: fillTemplate(m.wait.threshold, { seconds: waits.serviceLevelSeconds }),
    empty: waits.buckets.every((b) => b.answered === 0 && b.abandoned === 0),
  };
}
