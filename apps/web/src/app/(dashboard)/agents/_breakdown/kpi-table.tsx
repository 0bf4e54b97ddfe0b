"use client";

import {
  type FooterRow,
  type KpiRow,
  kpiColumns,
  KpiRowsTable,
  type KpiTableSorting,
} from "@antdash/dashboard-ui";
import Link from "next/link";
import { type ReactNode, useMemo, useState } from "react";
import type { Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages";
import styles from "./breakdown.module.css";
import { Sparkline } from "./sparkline";

type M = Messages["agents"];

export type { FooterRow };

const names = new Intl.Collator(undefined, { numeric: true });

/** The rows in the table's order: names A→Z (numbers by value), numbers largest first; a rate without calls last. */
function sortRows(rows: KpiRow[], column: string, desc: boolean): KpiRow[] {
  const value = (row: KpiRow) => (row[column as keyof KpiRow] as number | null) ?? -1;
  const sorted = [...rows].sort((a, b) =>
    column === "key" ? names.compare(a.key, b.key) : value(a) - value(b),
  );
  return desc ? sorted.reverse() : sorted;
}

/**
 * The agents' or DIDs' KPIs (the dashboard components' table, also printed in the report), sortable by any column
 * (client-side: the rows are one breakdown, all loaded). The name links to the calls behind the row; the footer
 * holds rows that are not one agent or DID.
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
  const columns = useMemo(() => kpiColumns(m.columns, locale), [m, locale]);
  const [order, setOrder] = useState({ column: "calls", desc: true });
  const sorting: KpiTableSorting = {
    ...order,
    // A new column starts with its largest first (names: A first); the same column flips.
    onSort: (column) =>
      setOrder((now) =>
        now.column === column ? { column, desc: !now.desc } : { column, desc: column !== "key" },
      ),
  };
  return (
    <div className={styles.scroller} role="region" aria-label={caption} tabIndex={0}>
      <KpiRowsTable
        rows={sortRows(rows, order.column, order.desc)}
        footer={footer}
        nameHeader={nameHeader}
        caption={`${caption}. ${m.sortHint}`}
        columns={columns}
        sorting={sorting}
        nameCell={(key) => (
          <Link href={hrefFor(key)} aria-label={`${m.openCalls} ${key}`}>
            {key}
          </Link>
        )}
        trend={{
          header: m.columns.trend,
          cell: (values) => <Trend values={values} partial={trendPartial} messages={m} />,
        }}
        classes={styles}
      />
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
