"use client";

import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useState } from "react";
import { ChartTable } from "~/charts/chart-table";
import { fillTemplate } from "~/filters/fill-template";
import { intlLocale, type Locale } from "~/i18n/locale";
import { useTRPC } from "~/trpc/react";
import { ChartCard, type CardState } from "./chart-card";
import type { ChartDatum } from "@antdash/dashboard-ui";
import styles from "./charts.module.css";
import { type PageFilter } from "./drill";
import {
  directionData,
  distributionView,
  didData,
  HEATMAP_MODES,
  type HeatmapMode,
  heatmapRows,
  seriesView,
  waitView,
  statusData,
  statusSeries,
  type OverviewWords,
} from "./chart-data";
import { HeatmapGrid } from "./heatmap-grid";
import { type KpiExplanations, KpiCards, type KpiTargets } from "./kpi-cards";
import layout from "./overview.module.css";
import { ValueList } from "./value-list";

// recharts is loaded after the page (it is most of the charts' weight): the cards and their numbers come first.
const placeholder = (height: number) =>
  function ChartPlaceholder() {
    return <div className={styles.skeleton} data-height={height} aria-hidden="true" />;
  };
const DirectionChart = dynamic(() => import("./direction-chart"), { ssr: false, loading: placeholder(220) });
const BarListChart = dynamic(() => import("./bar-list-chart"), { ssr: false, loading: placeholder(220) });
const TimeSeriesChart = dynamic(() => import("./time-series-chart"), {
  ssr: false,
  loading: placeholder(280),
});
const WaitChart = dynamic(() => import("./wait-chart"), { ssr: false, loading: placeholder(280) });
const DistributionChart = dynamic(() => import("./distribution-chart"), {
  ssr: false,
  loading: placeholder(300),
});

/** KPI cards and the six charts of one filter; every query was prefetched by the page on the server. */
export function OverviewBoard({
  filter,
  locale,
  timeZone,
  targets,
  explanations,
  messages,
}: {
  filter: PageFilter;
  locale: Locale;
  timeZone: string;
  targets: KpiTargets;
  explanations: KpiExplanations;
  messages: OverviewWords;
}) {
  const m = messages.overview;
  const trpc = useTRPC();
  const overview = useQuery(trpc.analytics.overview.queryOptions({ filter }));
  const [heatMode, setHeatMode] = useState<HeatmapMode>("volume");
  // Volume without a mode, as the page prefetched it.
  const heatmap = useQuery(
    trpc.analytics.heatmap.queryOptions(heatMode === "volume" ? { filter } : { filter, mode: heatMode }),
  );
  const distribution = useQuery(trpc.analytics.distribution.queryOptions({ filter }));
  const waits = useQuery(trpc.analytics.waitDistribution.queryOptions({ filter }));
  const tag = intlLocale(locale);
  const numbers = new Intl.NumberFormat(tag);
  const caption = (name: string) => fillTemplate(m.chartTable.caption, { name });
  const context = { filter, locale, timeZone, messages };

  const stateOf = (query: { isPending: boolean; isError: boolean }): CardState =>
    query.isPending
      ? "loading"
      : query.isError
        ? "error"
        : overview.data?.summary.total === 0
          ? "empty"
          : "ready";
  const cardWords = { loading: m.loading, noData: m.noData, failed: m.failed };

  if (overview.isError) {
    const invalid = (overview.error as { data?: { httpStatus?: number } }).data?.httpStatus === 400;
    return (
      <div className={layout.problem} role="alert" data-testid="overview-error">
        <p>{invalid ? m.invalidFilter : m.failed}</p>
        {!invalid && (
          <button type="button" className={layout.retry} onClick={() => void overview.refetch()}>
            {m.retry}
          </button>
        )}
      </div>
    );
  }

  const summary = overview.data?.summary;
  const direction: ChartDatum[] = summary ? directionData(summary, context) : [];
  const status: ChartDatum[] = summary ? statusData(summary, context) : [];
  const dids: ChartDatum[] = summary ? didData(summary, context) : [];
  const series = overview.data ? seriesView(overview.data.timeSeries, context) : null;
  const heat = heatmap.data ? heatmapRows(heatmap.data, context) : null;
  const bins = distribution.data ? distributionView(distribution.data, context) : null;
  const wait = waits.data ? waitView(waits.data, context) : null;

  return (
    <>
      {overview.data ? (
        <KpiCards
          summary={overview.data.summary}
          previous={overview.data.previous}
          filter={filter}
          targets={targets}
          explanations={explanations}
          locale={locale}
          messages={m}
        />
      ) : (
        <p className={layout.loading}>{m.loading}</p>
      )}
      {summary?.total === 0 && (
        <p className={layout.empty} data-testid="overview-empty">
          {m.empty}
        </p>
      )}
      <p className={layout.hint}>{m.drillHint}</p>

      <div className={layout.charts}>
        <ChartCard id="direction" title={m.charts.direction} state={stateOf(overview)} messages={cardWords}>
          <div className={styles.split}>
            <DirectionChart data={direction} />
            <ValueList data={direction} locale={tag} />
          </div>
        </ChartCard>

        <ChartCard id="status" title={m.charts.status} state={stateOf(overview)} messages={cardWords}>
          <div className={styles.split}>
            <BarListChart data={status} numberFormat={tag} />
            <ValueList data={status} locale={tag} />
          </div>
        </ChartCard>

        <ChartCard
          id="timeseries"
          title={m.charts.timeSeries}
          detail={series?.bucketName}
          state={stateOf(overview)}
          messages={cardWords}
          wide
        >
          {series && (
            <>
              <TimeSeriesChart
                buckets={series.buckets}
                series={statusSeries(context)}
                numberFormat={tag}
                partialTone={styles.partial ?? ""}
              />
              <ChartTable
                caption={caption(m.charts.timeSeries)}
                columns={[m.chartTable.period, ...statusSeries(context).map((s) => s.label)]}
                rows={series.buckets.map((bucket) => ({
                  key: bucket.key,
                  header: bucket.partial ? `${bucket.label} (${m.partialBucket})` : bucket.label,
                  cells: bucket.segments.map((segment) => numbers.format(segment.value)),
                }))}
              />
              <ul className={styles.legend} aria-hidden="true">
                {statusSeries(context).map((s) => (
                  <li key={s.key}>
                    <span className={`${styles.swatch} ${s.tone}`} />
                    {s.label}
                  </li>
                ))}
              </ul>
              {series.hasPartial && (
                <p className={styles.partialNote} data-testid="partial-bucket-note">
                  <span className={`${styles.swatch} ${styles.partialSwatch}`} aria-hidden="true" />
                  {m.partialBucketNote}
                </p>
              )}
            </>
          )}
        </ChartCard>

        <ChartCard
          id="did"
          title={m.charts.did}
          state={summary && dids.length === 0 ? "empty" : stateOf(overview)}
          messages={{ ...cardWords, noData: summary?.total === 0 ? m.noData : m.noDid }}
        >
          <div className={styles.split}>
            <BarListChart data={dids.slice(0, 12)} numberFormat={tag} />
            <ValueList data={dids} locale={tag} scroll />
          </div>
        </ChartCard>

        <ChartCard
          id="wait"
          title={m.charts.wait}
          state={wait?.empty && stateOf(waits) === "ready" ? "empty" : stateOf(waits)}
          messages={{ ...cardWords, noData: m.wait.none }}
          note={m.wait.note}
          wide
        >
          {wait && (
            <>
              <WaitChart
                buckets={wait.buckets}
                names={wait.names}
                thresholdLabel={wait.thresholdLabel}
                numberFormat={tag}
              />
              <ChartTable
                caption={caption(m.charts.wait)}
                columns={[m.chartTable.wait, wait.names.answered, wait.names.abandoned]}
                rows={wait.buckets.map((bucket) => ({
                  key: bucket.key,
                  header: bucket.label,
                  cells: [numbers.format(bucket.answered.value), numbers.format(bucket.abandoned.value)],
                }))}
              />
              <ul className={styles.legend} aria-hidden="true">
                <li>
                  <span className={`${styles.swatch} ${styles.status_SUCCESS}`} />
                  {wait.names.answered}
                </li>
                <li>
                  <span className={`${styles.swatch} ${styles.status_CANCELLED}`} />
                  {wait.names.abandoned}
                </li>
                <li>
                  <span className={`${styles.swatch} ${styles.thresholdSwatch}`} />
                  {wait.thresholdLabel}
                </li>
              </ul>
            </>
          )}
        </ChartCard>

        <ChartCard
          id="distribution"
          title={m.charts.distribution}
          state={stateOf(distribution)}
          messages={cardWords}
          note={m.distributionNote}
        >
          {bins && (
            <>
              <DistributionChart
                points={bins.points}
                ticks={bins.ticks}
                axes={{ duration: m.durationAxis, billing: m.billingAxis }}
              />
              <ChartTable
                caption={caption(m.charts.distribution)}
                columns={[m.durationAxis, m.billingAxis, m.chartTable.calls]}
                rows={bins.points.map((point) => ({
                  key: point.key,
                  header: point.label,
                  cells: [point.billingLabel, numbers.format(point.value)],
                }))}
              />
            </>
          )}
        </ChartCard>

        <ChartCard
          id="heatmap"
          title={m.charts.heatmap}
          state={stateOf(heatmap)}
          messages={cardWords}
          note={fillTemplate(m.heatmapNotes[heatMode], { zone: timeZone })}
          wide
        >
          <div
            className={styles.modeSwitch}
            role="group"
            aria-label={m.heatmapModeLabel}
            data-testid="heatmap-mode"
          >
            {HEATMAP_MODES.map((mode) => (
              <button
                key={mode}
                type="button"
                aria-pressed={heatMode === mode}
                onClick={() => setHeatMode(mode)}
              >
                {m.heatmapModes[mode]}
              </button>
            ))}
          </div>
          {heat && (
            <HeatmapGrid
              rows={heat}
              mode={heatmap.data?.mode ?? heatMode}
              hourLabel={m.hourAxis}
              legend={
                heatMode === "inboundAnswerRate"
                  ? { fewer: m.rateHigh, more: m.rateLow }
                  : { fewer: m.fewer, more: m.more }
              }
            />
          )}
        </ChartCard>
      </div>
    </>
  );
}
