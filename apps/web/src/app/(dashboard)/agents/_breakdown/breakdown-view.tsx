"use client";

import type { CallFilterInput } from "@antdash/api";
import { useQueries, useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { hrefForFilter } from "~/filters";
import type { Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import styles from "./breakdown.module.css";
import { kpiRows, numberFormats, remainderRow, totalRow } from "@antdash/dashboard-ui";
import { type FooterRow, KpiTable } from "./kpi-table";
import { isUnfinishedBucket } from "~/lib/partial-bucket";
import { trendBucket, trendsByKey, trendWindows } from "./trend-windows";
import { LoadFailed } from "~/components/load-failed";

/** Points per sparkline: also the number of extra breakdown requests a page makes (batched into one HTTP call). */
const TREND_POINTS = 12;

export type BreakdownDimension = "agent" | "did";

/**
 * The agents or DIDs table for the page's filter, inbound and outbound work in separate columns. Requests: the
 * breakdown, the summary (the total row), the time series (the trend windows) and one breakdown per
 * trend window: a fixed dozen or so whatever the number of rows, instead of one time series per row.
 */
export function BreakdownView({
  dimension,
  filter,
  locale,
  messages: m,
}: {
  dimension: BreakdownDimension;
  filter: CallFilterInput;
  locale: Locale;
  messages: Messages["agents"];
}) {
  const trpc = useTRPC();
  const main = useQuery(trpc.analytics.breakdown.queryOptions({ filter, dimension }));
  const summary = useQuery(trpc.analytics.summary.queryOptions({ filter }));
  const bucket = trendBucket(String(filter.from), String(filter.to));
  const series = useQuery(trpc.analytics.timeSeries.queryOptions({ filter, bucket }));
  const windows = useMemo(() => trendWindows(series.data?.points ?? [], TREND_POINTS), [series.data]);
  const windowRows = useQueries({
    queries: windows.map((w) =>
      trpc.analytics.breakdown.queryOptions({ filter: { ...filter, from: w.from, to: w.to }, dimension }),
    ),
  });

  const trendFailed = series.isError || windowRows.some((q) => q.isError);
  const trends = trendFailed
    ? new Map<string, number[]>()
    : series.data
      ? trendsByKey(windowRows.map((q) => q.data?.rows))
      : null;
  const windowCount = trendFailed ? 0 : windows.length;
  const trendPartial = isUnfinishedBucket(windows.at(-1) ?? { from: "", to: "" });
  const totalTrend = trendFailed ? [] : series.data ? windows.map((w) => w.total) : null;

  const hrefFor = useCallback(
    (key: string) => hrefForFilter("/calls", { ...filter, [dimension]: [key] }),
    [filter, dimension],
  );

  if (main.isPending || summary.isPending) {
    return (
      <p className="notice" role="status">
        {m.loading}
      </p>
    );
  }
  if (main.isError || summary.isError) {
    return (
      <LoadFailed
        message={m.failed}
        retryLabel={m.retry}
        onRetry={() => {
          void main.refetch();
          void summary.refetch();
        }}
      />
    );
  }

  const rows = kpiRows(main.data.rows, trends, windowCount);
  const total = totalRow(summary.data, totalTrend);
  const footer: FooterRow[] =
    dimension === "did"
      ? [
          { label: m.noDid, row: remainderRow(summary.data, rows, totalTrend) },
          { label: m.total, row: total },
        ]
      : [{ label: m.total, row: total }];
  const { integer } = numberFormats(locale);

  return (
    <section className={styles.section}>
      <p className={styles.total} data-testid="period-total" data-calls={summary.data.total}>
        {m.totalCalls}: <strong>{integer(summary.data.total)}</strong>
      </p>
      {rows.length === 0 ? (
        <p className="notice">{dimension === "agent" ? m.emptyAgents : m.emptyDids}</p>
      ) : (
        <KpiTable
          rows={rows}
          footer={footer}
          nameHeader={dimension === "agent" ? m.columns.agent : m.columns.did}
          caption={dimension === "agent" ? m.tableAgents : m.tableDids}
          hrefFor={hrefFor}
          trendPartial={trendPartial}
          locale={locale}
          messages={m}
        />
      )}
      {trendPartial && rows.length > 0 && (
        <p className={styles.note} data-testid="trend-partial-note">
          {m.trendPartialNote}
        </p>
      )}
      <p className={styles.note}>{dimension === "agent" ? m.agentsNote : m.didsNote}</p>
    </section>
  );
}
