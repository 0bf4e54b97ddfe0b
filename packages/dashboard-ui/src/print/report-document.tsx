// @jsxRuntime automatic
import type { ReportData } from "@antdash/api";
import { BarListChart } from "../charts/bar-list-chart";
import { ChartCard } from "../charts/chart-card";
import { DirectionChart } from "../charts/direction-chart";
import { TimeSeriesChart } from "../charts/time-series-chart";
import { ValueList } from "../charts/value-list";
import { fillTemplate } from "../fill-template";
import { KpiCards } from "../kpi/kpi-cards";
import { kpiSpecs } from "../kpi/kpi-specs";
import { intlTag, type UiLocale } from "../locale";
import { kpiRows, remainderRow, totalRow } from "../tables/kpi-rows";
import { kpiColumns, KpiRowsTable } from "../tables/kpi-rows-table";
import { filterInWords } from "./filter-words";
import { PatternDefs } from "./pattern-defs";
import { didData, directionData, seriesBuckets, statusData, statusLayers } from "./report-charts";
import { printWords } from "./print-words";

/** Chart sizes on an A4 page (186 mm of text width ≈ 700 CSS px). */
const HALF = 330;
const FULL = 690;

/**
 * The report as one printable page: period and filter in words, the total, the overview's KPI cards against the
 * previous period, its charts, the agents and DIDs tables and the call-back backlog: the dashboard's own components
 * with plain data, no links.
 */
export function ReportDocument({ data, locale }: { data: ReportData; locale: UiLocale }) {
  const w = printWords(locale);
  const tag = intlTag(locale);
  const count = new Intl.NumberFormat(tag);
  const when = new Intl.DateTimeFormat(tag, {
    timeZone: data.timeZone,
    dateStyle: "medium",
    timeStyle: "short",
  });
  const range = (r: { from: Date; to: Date }) => `${when.format(r.from)} – ${when.format(r.to)}`;
  const current = data.current.summary;
  const previous = data.previous.summary;
  const cardWords = { loading: "", noData: w.noData, failed: "" };
  const state = current.total === 0 ? "empty" : "ready";
  const columns = kpiColumns(w.columns, locale);
  const agents = kpiRows(data.current.breakdowns.agent, null, 0);
  const dids = kpiRows(data.current.breakdowns.did, null, 0);
  const total = totalRow(current, null);
  const direction = directionData(current, w, count);
  const status = statusData(current, w, count);
  const perDid = didData(current, w, count);
  const backlog = data.backlog;

  return (
    <main className="report">
      <PatternDefs />
      <header className="report-header">
        <h1>
          {w.report}: {data.title}
        </h1>
        <p>
          {w.period}: <b>{range(data.period)}</b> ({data.timeZone}) · {w.previous}{" "}
          {range(data.previousPeriod)}
        </p>
        <p data-testid="report-filter">
          {w.filter}: {filterInWords(data.criteria, data.viewName, w)} · {w.generated}{" "}
          {when.format(data.generatedAt)}
        </p>
        {data.incomplete && <p className="incomplete">{w.incomplete}</p>}
      </header>

      <section className="total" data-testid="report-total">
        <span className="total-label">{w.totalCalls}</span>{" "}
        <span className="total-value">{count.format(current.total)}</span>{" "}
        <span className="total-previous">
          ({fillTemplate(w.previousValue, { previous: count.format(previous.total) })})
        </span>
      </section>

      <KpiCards
        specs={kpiSpecs({}, data.kpi)}
        summary={current}
        previous={previous}
        targets={data.kpi}
        locale={locale}
        words={w.cards}
      />

      <div className="charts">
        <ChartCard id="direction" title={w.charts.direction} state={state} messages={cardWords}>
          <div className="split">
            <DirectionChart data={direction} size={{ width: 180, height: 180 }} />
            <ValueList data={direction} locale={tag} />
          </div>
        </ChartCard>
        <ChartCard id="status" title={w.charts.status} state={state} messages={cardWords}>
          <BarListChart data={status} numberFormat={tag} printWidth={HALF} />
        </ChartCard>
        <ChartCard
          id="timeseries"
          title={w.charts.timeSeries}
          detail={w.buckets[data.series.bucket]}
          state={state}
          messages={cardWords}
          wide
        >
          <TimeSeriesChart
            buckets={seriesBuckets(data.series, w, count)}
            series={statusLayers(w)}
            numberFormat={tag}
            partialTone="partial"
            size={{ width: FULL, height: 220 }}
          />
          <ul className="legend">
            {statusLayers(w).map((layer) => (
              <li key={layer.key}>
                <span className={`swatch ${layer.tone}`} />
                {layer.label}
              </li>
            ))}
          </ul>
        </ChartCard>
        <ChartCard
          id="did"
          title={w.charts.did}
          state={perDid.length ? "ready" : "empty"}
          messages={cardWords}
          wide
        >
          <BarListChart data={perDid} numberFormat={tag} printWidth={FULL} />
        </ChartCard>
      </div>

      <section className="table-section">
        <h2>{w.agents}</h2>
        <KpiRowsTable
          rows={agents}
          footer={[{ label: w.total, row: total }]}
          nameHeader={w.columns.agent}
          caption={w.agents}
          columns={columns}
        />
      </section>
      <section className="table-section">
        <h2>{w.dids}</h2>
        <KpiRowsTable
          rows={dids}
          footer={[
            { label: w.noDid, row: remainderRow(current, dids, null) },
            { label: w.total, row: total },
          ]}
          nameHeader={w.columns.did}
          caption={w.dids}
          columns={columns}
        />
      </section>

      <section className="table-section" data-testid="report-backlog">
        <h2>{w.backlog}</h2>
        <p>
          <b>{fillTemplate(w.waiting, { count: count.format(backlog.total) })}</b>
          {backlog.oldestAt && ` · ${fillTemplate(w.oldest, { at: when.format(backlog.oldestAt) })}`}
        </p>
        {backlog.cases.length > 0 && (
          <table className="table">
            <thead>
              <tr>
                <th className="name">{w.number}</th>
                <th className="name">{w.columns.did}</th>
                <th className="number">{w.lastCall}</th>
                <th className="number">{w.attempts}</th>
              </tr>
            </thead>
            <tbody>
              {backlog.cases.map((c) => (
                <tr key={`${c.number}|${c.did ?? ""}`}>
                  <td className="name">{c.number}</td>
                  <td className="name">{c.did ?? ""}</td>
                  <td className="number">{when.format(c.lastAt)}</td>
                  <td className="number">{count.format(c.attempts)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
