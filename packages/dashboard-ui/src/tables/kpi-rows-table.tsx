// @jsxRuntime automatic
import type { ReactNode } from "react";
import { type ClassMap, cx } from "../class-names";
import { formatSeconds, numberFormats } from "../format/numbers";
import type { UiLocale } from "../locale";
import type { KpiRow } from "./kpi-rows";

type ColumnKey = Exclude<keyof KpiRow, "key" | "trend" | "answered" | "outboundConnected">;

/** The column headings (the API's BREAKDOWN_LABELS in the viewer's language, plus the trend's). */
export interface KpiColumnWords {
  calls: string;
  inboundOffered: string;
  inboundAnswered: string;
  inboundMissed: string;
  outboundAttempts: string;
  outboundConnectRate: string;
  avgTalk: string;
  totalTalk: string;
}

/** A KPI column: its value, how it reads, and its heading (shared by the body and the footer rows). */
export interface KpiColumn {
  id: ColumnKey;
  label: string;
  format: (value: number) => string;
}

export function kpiColumns(c: KpiColumnWords, locale: UiLocale): KpiColumn[] {
  const { integer, percent } = numberFormats(locale);
  return [
    { id: "calls", label: c.calls, format: integer },
    { id: "inboundOffered", label: c.inboundOffered, format: integer },
    { id: "inboundAnswered", label: c.inboundAnswered, format: integer },
    { id: "inboundMissed", label: c.inboundMissed, format: integer },
    { id: "outboundAttempts", label: c.outboundAttempts, format: integer },
    { id: "outboundConnectRate", label: c.outboundConnectRate, format: percent },
    { id: "avgTalkSeconds", label: c.avgTalk, format: formatSeconds },
    { id: "totalTalkSeconds", label: c.totalTalk, format: formatSeconds },
  ];
}

/** A rate or mean with nothing to divide by reads "—", never 0. */
const formatOrDash = (kpi: KpiColumn, value: number | null) => (value === null ? "—" : kpi.format(value));

/** The table's order, when the host lets the viewer sort it ("key" is the name column). */
export interface KpiTableSorting {
  column: string;
  desc: boolean;
  onSort: (column: string) => void;
}

export interface FooterRow {
  label: string;
  row: KpiRow;
}

/**
 * The agents' or DIDs' KPIs, one row each in the order given; the footer holds rows that are not one agent or DID
 * (the total). On the dashboard the headings sort, the names link to their calls and a trend column follows the
 * calls; printed, it is the plain table.
 */
export function KpiRowsTable({
  rows,
  footer,
  nameHeader,
  caption,
  columns,
  sorting,
  nameCell,
  trend,
  classes,
}: {
  rows: KpiRow[];
  footer: FooterRow[];
  nameHeader: string;
  caption: ReactNode;
  columns: KpiColumn[];
  sorting?: KpiTableSorting;
  nameCell?: (key: string) => ReactNode;
  /** The trend column: its heading and its cell. */
  trend?: { header: string; cell: (values: number[] | null) => ReactNode };
  classes?: ClassMap;
}) {
  const heading = (id: string, label: string) => {
    if (!sorting) return label;
    const sorted = sorting.column === id ? (sorting.desc ? "desc" : "asc") : false;
    return (
      <button type="button" className={cx(classes, "sort")} onClick={() => sorting.onSort(id)}>
        {label}
        <span aria-hidden="true" className={cx(classes, "sortMark")}>
          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
        </span>
      </button>
    );
  };
  const ariaSort = (id: string) =>
    sorting?.column === id ? (sorting.desc ? "descending" : "ascending") : undefined;
  // Calls, then its trend, then the other numbers: the trend stays in view on a tablet.
  const cells = (row: KpiRow) =>
    columns.flatMap((kpi) => [
      <td key={kpi.id} className={cx(classes, "number")}>
        {formatOrDash(kpi, row[kpi.id])}
      </td>,
      ...(kpi.id === "calls" && trend
        ? [
            <td key="trend" className={cx(classes, "number")}>
              {trend.cell(row.trend)}
            </td>,
          ]
        : []),
    ]);
  return (
    <table className={cx(classes, "table")}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={cx(classes, "name")} aria-sort={ariaSort("key")}>
            {heading("key", nameHeader)}
          </th>
          {columns.flatMap((kpi) => [
            <th key={kpi.id} scope="col" className={cx(classes, "number")} aria-sort={ariaSort(kpi.id)}>
              {heading(kpi.id, kpi.label)}
            </th>,
            ...(kpi.id === "calls" && trend
              ? [
                  <th key="trend" scope="col" className={cx(classes, "number")}>
                    {trend.header}
                  </th>,
                ]
              : []),
          ])}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-testid="kpi-row" data-key={row.key} data-calls={row.calls}>
            <th scope="row" className={cx(classes, "name")}>
              {nameCell ? nameCell(row.key) : row.key}
            </th>
            {cells(row)}
          </tr>
        ))}
      </tbody>
      {footer.length > 0 && (
        <tfoot>
          {footer.map(({ label, row }) => (
            <tr key={label} data-testid="kpi-footer-row" data-calls={row.calls}>
              <th scope="row" className={cx(classes, "name")}>
                {label}
              </th>
              {cells(row)}
            </tr>
          ))}
        </tfoot>
      )}
    </table>
  );
}
