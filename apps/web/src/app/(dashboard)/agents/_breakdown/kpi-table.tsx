"use client";

import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import Link from "next/link";
import { type ReactNode, useMemo } from "react";
import type { Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages";
import styles from "./breakdown.module.css";
import { formatDuration } from "~/format/duration";
import { numberFormats } from "~/format/numbers";
import type { KpiRow } from "./kpi-rows";
import { Sparkline } from "./sparkline";

type M = Messages["agents"];
type ColumnKey = Exclude<keyof KpiRow, "key" | "trend" | "answered" | "outboundConnected">;

/** A KPI column: its value, how it reads, and its heading (shared by the sortable body and the footer rows). */
interface KpiColumn {
  id: ColumnKey;
  label: string;
  format: (value: number) => string;
}

function kpiColumns(m: M, locale: Locale): KpiColumn[] {
  const { integer, percent } = numberFormats(locale);
  const c = m.columns;
  return [
    { id: "calls", label: c.calls, format: integer },
    { id: "inboundOffered", label: c.inboundOffered, format: integer },
    { id: "inboundAnswered", label: c.inboundAnswered, format: integer },
    { id: "inboundMissed", label: c.inboundMissed, format: integer },
    { id: "outboundAttempts", label: c.outboundAttempts, format: integer },
    { id: "outboundConnectRate", label: c.outboundConnectRate, format: percent },
    { id: "avgTalkSeconds", label: c.avgTalk, format: formatDuration },
    { id: "totalTalkSeconds", label: c.totalTalk, format: formatDuration },
  ];
}

/** A rate or mean with nothing to divide by reads "—", never 0. */
function formatOrDash(kpi: KpiColumn, value: number | null): string {
  return value === null ? "—" : kpi.format(value);
}

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
});
const helper = createColumnHelper<typeof features, KpiRow>();

export interface FooterRow {
  label: string;
  row: KpiRow;
}

/**
 * The agents' or DIDs' KPIs, one row each, sortable by any column (client-side: the rows are one breakdown, all
 * loaded). The name links to the calls behind the row; the footer holds rows that are not one agent or DID.
 */
export function KpiTable({
  rows,
  footer,
  nameHeader,
  caption,
  hrefFor,
  trendPartial,
  locale,
  messages: m,
}: {
  rows: KpiRow[];
  footer: FooterRow[];
  nameHeader: string;
  caption: string;
  hrefFor: (key: string) => string;
  /** The trends' last point is the period still running (drawn dashed). */
  trendPartial: boolean;
  locale: Locale;
  messages: M;
}) {
  const kpis = useMemo(() => kpiColumns(m, locale), [m, locale]);
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("key", {
          id: "key",
          header: nameHeader,
          sortFn: "alphanumeric",
          cell: (info) => (
            <Link href={hrefFor(info.getValue())} aria-label={`${m.openCalls} ${info.getValue()}`}>
              {info.getValue()}
            </Link>
          ),
        }),
        // Calls, then its trend, then the other numbers: the trend stays in view on a tablet.
        ...kpis.flatMap((kpi) => [
          // A rate without calls (null) sorts below every rate.
          helper.accessor((row) => row[kpi.id] ?? -1, {
            id: kpi.id,
            header: kpi.label,
            sortDescFirst: true,
            cell: (info) => formatOrDash(kpi, info.row.original[kpi.id]),
          }),
          ...(kpi.id === "calls"
            ? [
                helper.display({
                  id: "trend",
                  header: m.columns.trend,
                  enableSorting: false,
                  cell: (info) => (
                    <Trend values={info.row.original.trend} partial={trendPartial} messages={m} />
                  ),
                }),
              ]
            : []),
        ]),
      ]),
    [kpis, nameHeader, hrefFor, trendPartial, m],
  );
  const table = useTable({
    features,
    columns,
    data: rows,
    initialState: { sorting: [{ id: "calls", desc: true }] },
    enableSortingRemoval: false,
  });

  return (
    <div className={styles.scroller} role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table}>
        <caption className="visually-hidden">
          {caption}. {m.sortHint}
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const toggle = header.column.getToggleSortingHandler();
                const label = <table.FlexRender header={header} />;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={header.column.id === "key" ? styles.name : styles.number}
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                  >
                    {toggle ? (
                      <button type="button" className={styles.sort} onClick={toggle}>
                        {label}
                        <span aria-hidden="true" className={styles.sortMark}>
                          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              data-testid="kpi-row"
              data-key={row.original.key}
              data-calls={row.original.calls}
            >
              {row.getAllCells().map((cell) =>
                cell.column.id === "key" ? (
                  <th key={cell.id} scope="row" className={styles.name}>
                    <table.FlexRender cell={cell} />
                  </th>
                ) : (
                  <td key={cell.id} className={styles.number}>
                    <table.FlexRender cell={cell} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {footer.length > 0 && (
          <tfoot>
            {footer.map(({ label, row }) => (
              <tr key={label} data-testid="kpi-footer-row" data-calls={row.calls}>
                <th scope="row" className={styles.name}>
                  {label}
                </th>
                {table
                  .getAllLeafColumns()
                  .filter((column) => column.id !== "key")
                  .map((column) => {
                    const kpi = kpis.find((k) => k.id === column.id);
                    return (
                      <td key={column.id} className={styles.number}>
                        {kpi ? (
                          formatOrDash(kpi, row[kpi.id])
                        ) : (
                          <Trend values={row.trend} partial={trendPartial} messages={m} />
                        )}
                      </td>
                    );
                  })}
              </tr>
            ))}
          </tfoot>
        )}
      </table>
    </div>
  );
}

function Trend({
  values,
  partial,
  messages: m,
}: {
  values: number[] | null;
  partial: boolean;
  messages: M;
}): ReactNode {
  if (values === null)
    return (
      <span className={styles.muted}>
        …<span className="visually-hidden">{m.trendLoading}</span>
      </span>
    );
  if (values.length === 0) return <span className={styles.muted}>{m.trendUnavailable}</span>;
  return (
    <Sparkline
      values={values}
      label={partial ? `${m.trendLabel} (${m.trendPartial})` : m.trendLabel}
      partialLast={partial}
    />
  );
}
