import type { BreakdownRow, CallSummary } from "../analytics/output-schemas";
import { localTimeFormatter } from "../export/local-time";
import type { ReportData } from "./report-data";
import { formatChange, formatKpi, formatOfKey, type KpiFormat } from "./report-format";
import { reportStrings, type ReportStrings } from "./report-strings";

const esc = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

interface KpiLine {
  label: string;
  current: number;
  previous: number;
  format: KpiFormat;
}

/** The call-center KPIs of the analytics summary (`kpis`, issue 12) when this build's summary has them. */
type KpiGroups = Record<string, Record<string, number>>;
const kpiGroupsOf = (s: CallSummary): KpiGroups | null => (s as unknown as { kpis?: KpiGroups }).kpis ?? null;

function baseKpis(t: ReportStrings, cur: CallSummary, prev: CallSummary): KpiLine[] {
  return [
    { label: t.totalCalls, current: cur.total, previous: prev.total, format: "count" },
    { label: t.answered, current: cur.answered, previous: prev.answered, format: "count" },
    { label: t.answerRate, current: cur.answerRate, previous: prev.answerRate, format: "percent" },
    { label: t.abandoned, current: cur.abandoned, previous: prev.abandoned, format: "count" },
    { label: t.avgTalk, current: cur.avgTalkSeconds, previous: prev.avgTalkSeconds, format: "seconds" },
    {
      label: t.medianTalk,
      current: cur.medianTalkSeconds,
      previous: prev.medianTalkSeconds,
      format: "seconds",
    },
    { label: t.avgWait, current: cur.avgWaitSeconds, previous: prev.avgWaitSeconds, format: "seconds" },
  ];
}

function callCenterKpis(cur: CallSummary, prev: CallSummary): KpiLine[] {
  const groups = kpiGroupsOf(cur);
  if (!groups) return [];
  const before = kpiGroupsOf(prev) ?? {};
  return Object.entries(groups).flatMap(([group, values]) =>
    Object.entries(values)
      .filter(([, v]) => typeof v === "number")
      .map(([key, value]) => ({
        label: `${group}.${key}`,
        current: value,
        previous: before[group]?.[key] ?? 0,
        format: formatOfKey(key),
      })),
  );
}

function kpiCards(lines: KpiLine[], t: ReportStrings): string {
  return `<div class="cards">${lines
    .map(
      (l) => `<div class="card"><div class="label">${esc(l.label)}</div>
        <div class="value">${formatKpi(l.current, l.format)}</div>
        <div class="prev">${esc(t.previous)}: ${formatKpi(l.previous, l.format)} · ${formatChange(l.current, l.previous, l.format)}</div></div>`,
    )
    .join("")}</div>`;
}

/** A horizontal bar list (value printed beside each bar, so grey-scale print stays readable). */
function barList(title: string, rows: { key: string; calls: number }[], max = 12): string {
  const top = rows.filter((r) => r.calls > 0).slice(0, max);
  const peak = Math.max(1, ...top.map((r) => r.calls));
  const width = 300;
  const bars = top
    .map(
      (r, i) => `<text x="0" y="${i * 20 + 14}" class="axis">${esc(r.key)}</text>
      <rect x="150" y="${i * 20 + 4}" width="${Math.max(1, (r.calls / peak) * width)}" height="13" class="bar"/>
      <text x="${156 + (r.calls / peak) * width}" y="${i * 20 + 14}" class="axis">${r.calls}</text>`,
    )
    .join("");
  return `<div class="chart"><h3>${esc(title)}</h3><svg viewBox="0 0 500 ${top.length * 20 + 6}" width="100%">${bars}</svg></div>`;
}

/** Calls per bucket, answered (dark) stacked under the rest (light, hatched). */
function timeSeriesChart(data: ReportData, t: ReportStrings): string {
  const points = data.series.points;
  const peak = Math.max(1, ...points.map((p) => p.total));
  const w = 700 / Math.max(1, points.length);
  const h = 160;
  const bars = points
    .map((p, i) => {
      const total = (p.total / peak) * h;
      const answered = (p.answered / peak) * h;
      return `<rect x="${i * w + 30}" y="${h - total + 10}" width="${w * 0.8}" height="${total - answered}" class="bar-light"/>
        <rect x="${i * w + 30}" y="${h - answered + 10}" width="${w * 0.8}" height="${answered}" class="bar"/>`;
    })
    .join("");
  const step = Math.max(1, Math.ceil(points.length / 12));
  const labels = points
    .map((p, i) =>
      i % step === 0
        ? `<text x="${i * w + 30}" y="${h + 26}" class="axis">${esc(p.label.slice(data.series.bucket === "hour" ? 11 : 5))}</text>`
        : "",
    )
    .join("");
  return `<div class="chart wide"><h3>${esc(t.callsOverTime)}</h3>
    <svg viewBox="0 0 740 ${h + 34}" width="100%"><text x="0" y="18" class="axis">${peak}</text>
    <line x1="28" y1="${h + 10}" x2="740" y2="${h + 10}" class="rule"/>${bars}${labels}</svg>
    <div class="legend"><span class="swatch dark"></span>${esc(t.answered)} <span class="swatch light"></span>${esc(t.calls)}</div></div>`;
}

function table(title: string, rows: BreakdownRow[], t: ReportStrings, max = 25): string {
  const body = rows
    .slice(0, max)
    .map(
      (r) =>
        `<tr><td>${esc(r.key)}</td><td>${r.calls}</td><td>${r.answered}</td><td>${formatKpi(r.answerRate, "percent")}</td><td>${formatKpi(r.avgTalkSeconds, "seconds")}</td></tr>`,
    )
    .join("");
  return `<h2>${esc(title)}</h2><table><thead><tr><th>${esc(title)}</th><th>${esc(t.calls)}</th><th>${esc(t.answered)}</th>
    <th>${esc(t.answerRate)}</th><th>${esc(t.avgTalk)}</th></tr></thead><tbody>${body || `<tr><td colspan="5">${esc(t.none)}</td></tr>`}</tbody></table>`;
}

function backlogSection(data: ReportData, t: ReportStrings, at: (d: Date) => string): string {
  const b = data.backlog;
  const rows = b.cases
    .map(
      (c) =>
        `<tr><td>${esc(c.number)}</td><td>${esc(c.did ?? "")}</td><td>${at(c.lastAt)}</td><td>${c.attempts}</td></tr>`,
    )
    .join("");
  return `<h2>${esc(t.backlog)}</h2><p><b>${b.total}</b> ${esc(t.backlogCases)}${b.oldestAt ? ` · ${esc(t.oldest)}: ${at(b.oldestAt)}` : ""}</p>
    ${rows ? `<table><thead><tr><th>${esc(t.number)}</th><th>DID</th><th>${esc(t.lastCall)}</th><th>${esc(t.attempts)}</th></tr></thead><tbody>${rows}</tbody></table>` : ""}`;
}

/** "2026-11-19 00:00 – 2026-11-20 00:00" in the account's zone. */
export function periodLabel(range: { from: Date; to: Date }, timeZone: string): string {
  const at = localTimeFormatter(timeZone);
  return `${at(range.from).slice(0, 16)} – ${at(range.to).slice(0, 16)}`;
}

/**
 * The report as one printable HTML document: the overview's KPI cards (with the previous period), its charts,
 * the agents and DIDs tables and the call-back backlog. Black, greys and printed values only (grey-scale print).
 */
export function reportHtml(data: ReportData, opts: { styleNonce?: string } = {}): string {
  const t = reportStrings(data.locale);
  const at = (d: Date) => localTimeFormatter(data.timeZone)(d).slice(0, 16);
  const cur = data.current.summary;
  const prev = data.previous.summary;
  const center = callCenterKpis(cur, prev);
  return `<!doctype html><html lang="${data.locale}"><head><meta charset="utf-8"><title>${esc(data.title)}</title>
<style${opts.styleNonce ? ` nonce="${esc(opts.styleNonce)}"` : ""}>${STYLE}</style></head><body>
<header><h1>${esc(t.report)}: ${esc(data.title)}</h1>
<p>${esc(t.period)}: <b>${esc(periodLabel(data.period, data.timeZone))}</b> (${esc(data.timeZone)}) · ${esc(t.previous)}: ${esc(periodLabel(data.previousPeriod, data.timeZone))}</p>
<p>${esc(t.view)}: ${esc(data.viewName ?? t.allCalls)} · ${esc(t.generated)}: ${at(data.generatedAt)}</p>
${data.incomplete ? `<p class="incomplete">${esc(t.incomplete)}</p>` : ""}</header>
<h2>${esc(t.kpis)}</h2>${kpiCards(baseKpis(t, cur, prev), t)}
${center.length ? `<h2>${esc(t.callCenter)}</h2>${kpiCards(center, t)}` : ""}
<section class="charts">${timeSeriesChart(data, t)}
${barList(t.direction, data.current.breakdowns.direction)}${barList(t.status, data.current.breakdowns.status)}
${barList(t.dids, data.current.breakdowns.did)}${barList(t.agents, data.current.breakdowns.agent)}</section>
${table(t.agents, data.current.breakdowns.agent, t)}${table(t.dids, data.current.breakdowns.did, t)}
${backlogSection(data, t, at)}
</body></html>`;
}

const STYLE = `
@page { size: A4; margin: 14mm 12mm 16mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 10pt; color: #000; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 4pt; } h2 { font-size: 12pt; margin: 14pt 0 6pt; border-bottom: 1px solid #000; }
h3 { font-size: 10pt; margin: 0 0 4pt; } p { margin: 2pt 0; }
.incomplete { border: 2px solid #000; padding: 4pt; font-weight: bold; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 6pt; }
.card { border: 1px solid #555; padding: 5pt; break-inside: avoid; }
.card .label { font-size: 8pt; color: #333; } .card .value { font-size: 15pt; font-weight: bold; }
.card .prev { font-size: 7.5pt; color: #333; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 8pt; margin-top: 10pt; }
.chart { border: 1px solid #999; padding: 5pt; break-inside: avoid; } .chart.wide { grid-column: 1 / 3; }
.bar { fill: #222; } .bar-light { fill: #bbb; stroke: #555; stroke-width: 0.5; } .rule { stroke: #000; }
.axis { font-size: 9px; fill: #000; }
.legend { font-size: 8pt; } .swatch { display: inline-block; width: 9pt; height: 9pt; border: 1px solid #000; vertical-align: middle; margin: 0 3pt 0 8pt; }
.swatch.dark { background: #222; } .swatch.light { background: #bbb; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
th, td { border: 1px solid #777; padding: 2pt 4pt; text-align: right; } th:first-child, td:first-child { text-align: left; }
thead { display: table-header-group; } tr { break-inside: avoid; } th { background: #e6e6e6; }
`;
