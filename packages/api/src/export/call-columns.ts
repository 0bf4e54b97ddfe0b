import { CALL_LABELS, type LabelLocale, statusLabel } from "../labels/call-labels";
import type { ExportedCall } from "./call-rows";
import { excelDateTime, excelDuration } from "./excel-time";
import type { ExportFormat } from "./export-calls";
import { EXPORT_WORDS } from "./export-words";
import { localTimeFormatter } from "./local-time";
import type { ExportColumn } from "./write-table";

type Column = ExportColumn<ExportedCall>;
const DURATIONS = ["duration_seconds", "billing_seconds", "wait_seconds"] as const;

/**
 * The call export's columns. Without `labels` they are the machine keys scripts rely on (the CSV's are unchanged
 * since the first export); with labels, headers and the direction, status and class read as the pages show them in
 * that language, and the machine values follow in columns of their own, under their keys. XLSX adds what a
 * spreadsheet needs: the time as a date-time cell in the zone (CSV: text), and each duration's `[h]:mm:ss` twin.
 */
export function callColumns(options: {
  format: ExportFormat;
  timeZone: string;
  labels?: LabelLocale;
}): Column[] {
  const { format, timeZone, labels } = options;
  const xlsx = format === "xlsx";
  const local = localTimeFormatter(timeZone);
  const serial = excelDateTime(timeZone);
  const time: Column = xlsx
    ? { header: "", cell: (c) => serial(c.started_at), format: "datetime" }
    : { header: "", cell: (c) => local(c.started_at) };
  const utc: Column = { header: "time_utc", cell: (c) => c.started_at.toISOString() };
  const twin = (key: (typeof DURATIONS)[number], header: string): Column[] =>
    xlsx ? [{ header, cell: (c) => excelDuration(c[key]), format: "duration" }] : [];

  if (!labels) {
    const text = (key: keyof ExportedCall, header: string = key): Column => ({
      header,
      cell: (c) => (c[key] as string | null) ?? "",
    });
    const seconds = (key: (typeof DURATIONS)[number]): Column[] => [
      { header: key, cell: (c) => c[key] },
      ...twin(key, key.replace("_seconds", "_hms")),
    ];
    return [
      { ...time, header: `time (${timeZone})` },
      utc,
      text("direction"),
      text("status_detail"),
      text("class"),
      text("caller_number", "caller"),
      text("caller_username"),
      text("callee_number", "callee"),
      text("callee_username"),
      text("did_number"),
      ...DURATIONS.flatMap(seconds),
      text("recording"),
    ];
  }

  const names = CALL_LABELS[labels];
  const words = EXPORT_WORDS[labels];
  const text = (key: keyof ExportedCall & keyof typeof names.columns): Column => ({
    header: names.columns[key],
    cell: (c) => (c[key] as string | null) ?? "",
  });
  const seconds = (key: (typeof DURATIONS)[number]): Column[] => [
    { header: `${names.columns[key]} (${words.secondsUnit})`, cell: (c) => c[key] },
    ...twin(key, `${names.columns[key]} (h:mm:ss)`),
  ];
  const machine = (key: "direction" | "status_detail" | "class"): Column => ({
    header: key,
    cell: (c) => c[key],
  });
  return [
    { ...time, header: `${names.columns.started_at} (${timeZone})` },
    utc,
    {
      header: names.columns.direction,
      cell: (c) => names.directions[c.direction as keyof typeof names.directions] ?? c.direction,
    },
    {
      header: names.columns.status_detail,
      cell: (c) => statusLabel(labels, c.status_detail, c.direction, c.class),
    },
    {
      header: names.columns.class,
      cell: (c) => names.classes[c.class as keyof typeof names.classes] ?? c.class,
    },
    text("caller_number"),
    text("caller_username"),
    text("callee_number"),
    text("callee_username"),
    text("did_number"),
    ...DURATIONS.flatMap(seconds),
    text("recording"),
    machine("direction"),
    machine("status_detail"),
    machine("class"),
  ];
}
