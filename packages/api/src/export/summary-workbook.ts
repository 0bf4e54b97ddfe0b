import type { BreakdownRow, Heatmap } from "../analytics/output-schemas";
import { KPI_GLOSSARY, type KpiGlossaryGroup } from "../analytics/kpi-glossary";
import { rate } from "../analytics/kpis";
import type { PeriodAnalysis } from "../analytics/summary";
import type { CallFilter } from "../calls/call-filter";
import { BREAKDOWN_LABELS, CALL_LABELS, type LabelLocale, statusLabel } from "../labels/call-labels";
import { excelDateTime, excelDuration } from "./excel-time";
import { EXPORT_WORDS } from "./export-words";
import { filterInWords } from "./filter-in-words";
import { neutralizeRow, type SheetCell } from "./spreadsheet-cell";
import type { XlsxColumn, XlsxSheet } from "./xlsx-stream";

/** What the summary workbook shows: the period's analysis (overview KPIs, breakdowns) and its calls by hour. */
export interface SummaryWorkbookData {
  filter: CallFilter;
  timeZone: string;
  analysis: PeriodAnalysis;
  heatmap: Heatmap;
}

const percent = (value: number | null): SheetCell => (value === null ? null : { value, format: "percent" });
const duration = (seconds: number | null): SheetCell =>
  seconds === null ? null : { value: excelDuration(seconds), format: "duration" };
const bold = (value: string): SheetCell => ({ value, format: "header" });

/**
 * The summary as a workbook a manager reads: an overview sheet (the period, the filter in the filter bar's words,
 * the overview's KPIs named as the KPI glossary names them, rates as percentages and durations as durations, each
 * with its machine key), then one table per breakdown: by DID, by agent, by hour of day, by status.
 */
export function summaryWorkbook(data: SummaryWorkbookData, locale: LabelLocale): XlsxSheet[] {
  const words = EXPORT_WORDS[locale];
  return [
    {
      name: words.sheets.overview,
      table: false,
      columns: overviewColumns(),
      rows: once(overviewRows(data, locale)),
    },
    breakdownSheet(words.sheets.did, BREAKDOWN_LABELS[locale].did, data.analysis.breakdowns.did, locale),
    breakdownSheet(
      words.sheets.agent,
      BREAKDOWN_LABELS[locale].agent,
      data.analysis.breakdowns.agent,
      locale,
    ),
    hourSheet(data.heatmap, locale),
    statusSheet(data.analysis.breakdowns.status, data.filter, locale),
  ];
}

function once(rows: SheetCell[][]) {
  return [rows.map(neutralizeRow)];
}

const overviewColumns = (): XlsxColumn[] => [{ header: "" }, { header: "" }, { header: "" }, { header: "" }];

function overviewRows(
  { filter, timeZone, analysis }: SummaryWorkbookData,
  locale: LabelLocale,
): SheetCell[][] {
  const words = EXPORT_WORDS[locale];
  const serial = excelDateTime(timeZone);
  const groups: Record<KpiGlossaryGroup, string> = {
    inbound: CALL_LABELS[locale].directions.to_ab,
    outbound: CALL_LABELS[locale].directions.from_ab,
    internal: CALL_LABELS[locale].classes.one_one,
  };
  const criteria = filterInWords(filter, locale);
  const summary = analysis.summary;
  return [
    [bold(words.summaryTitle)],
    [words.from, { value: serial(filter.from), format: "datetime" }],
    [words.to, { value: serial(filter.to), format: "datetime" }],
    [words.timeZone, timeZone],
    [],
    [bold(words.filter)],
    ...(criteria.length ? criteria : [[words.allCalls]]),
    [],
    [bold(words.group), bold(words.kpi), bold(words.value), bold(words.key)],
    [words.all, words.totalCalls, summary.total, "total"],
    ...KPI_GLOSSARY.map((entry): SheetCell[] => {
      const value = valueAt(summary, entry.key);
      const cell =
        entry.unit === "rate" ? percent(value) : entry.unit === "seconds" ? duration(value) : value;
      return [groups[entry.group], entry.name[locale], cell, entry.key];
    }),
  ];
}

/** The number at a glossary key's path in the summary ("kpis.inbound.serviceLevel"); null when it has none. */
function valueAt(summary: object, path: string): number | null {
  const value = path
    .split(".")
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], summary);
  return typeof value === "number" ? value : null;
}

/** The agents and DIDs pages' KPI columns, plus the answer rate and the wait. */
function kpiColumns(locale: LabelLocale): Array<XlsxColumn & { cell: (row: BreakdownRow) => SheetCell }> {
  const names = BREAKDOWN_LABELS[locale];
  const words = EXPORT_WORDS[locale];
  return [
    { header: names.calls, cell: (r) => r.calls },
    { header: words.answered, cell: (r) => r.answered },
    { header: words.answerRate, format: "percent", cell: (r) => (r.calls ? r.answerRate : null) },
    { header: names.inboundOffered, cell: (r) => r.inboundOffered },
    { header: names.inboundAnswered, cell: (r) => r.inboundAnswered },
    { header: names.inboundMissed, cell: (r) => r.inboundMissed },
    { header: names.outboundAttempts, cell: (r) => r.outboundAttempts },
    { header: names.outboundConnectRate, format: "percent", cell: (r) => r.outboundConnectRate },
    {
      header: names.avgTalk,
      format: "duration",
      cell: (r) => (r.answered ? excelDuration(r.avgTalkSeconds) : null),
    },
    { header: names.totalTalk, format: "duration", cell: (r) => excelDuration(r.billingSeconds) },
    {
      header: words.avgWait,
      format: "duration",
      cell: (r) => (r.calls ? excelDuration(r.avgWaitSeconds) : null),
    },
  ];
}

function breakdownSheet(
  name: string,
  keyHeader: string,
  rows: readonly BreakdownRow[],
  locale: LabelLocale,
): XlsxSheet {
  const kpis = kpiColumns(locale);
  return {
    name,
    columns: [{ header: keyHeader }, ...kpis],
    rows: once(rows.map((row) => [row.key, ...kpis.map((c) => c.cell(row))])),
  };
}

/** Outcomes named as the pages name them for the filter's calls (by their direction, when it selects one). */
function statusSheet(rows: readonly BreakdownRow[], filter: CallFilter, locale: LabelLocale): XlsxSheet {
  const kpis = kpiColumns(locale);
  const only = (values: readonly string[] | undefined) => (values?.length === 1 ? values[0] : undefined);
  const name = (status: string) =>
    statusLabel(locale, status, only(filter.direction), only(filter.callClass));
  return {
    name: EXPORT_WORDS[locale].sheets.status,
    columns: [{ header: CALL_LABELS[locale].columns.status_detail }, { header: "status_detail" }, ...kpis],
    rows: once(rows.map((row) => [name(row.key), row.key, ...kpis.map((c) => c.cell(row))])),
  };
}

/** Calls by hour of day in the zone, every weekday of the range together (the heatmap's cells summed by hour). */
function hourSheet(heatmap: Heatmap, locale: LabelLocale): XlsxSheet {
  const words = EXPORT_WORDS[locale];
  const names = BREAKDOWN_LABELS[locale];
  const hours = Array.from({ length: 24 }, (_, hour) => {
    const cells = heatmap.cells.filter((c) => c.hour === hour);
    const sum = (key: "calls" | "answered" | "inboundOffered" | "inboundAnswered") =>
      cells.reduce((n, c) => n + c[key], 0);
    return {
      hour,
      calls: sum("calls"),
      answered: sum("answered"),
      offered: sum("inboundOffered"),
      inAnswered: sum("inboundAnswered"),
    };
  });
  return {
    name: words.sheets.hour,
    columns: [
      { header: `${words.hour} (${heatmap.timeZone})` },
      { header: "hour" },
      { header: names.calls },
      { header: words.answered },
      { header: words.answerRate, format: "percent" },
      { header: names.inboundOffered },
      { header: names.inboundAnswered },
      { header: words.inboundAnswerRate, format: "percent" },
    ],
    rows: once(
      hours.map((h) => [
        `${String(h.hour).padStart(2, "0")}:00`,
        h.hour,
        h.calls,
        h.answered,
        rate(h.answered, h.calls),
        h.offered,
        h.inAnswered,
        rate(h.inAnswered, h.offered),
      ]),
    ),
  };
}
