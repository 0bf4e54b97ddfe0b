import type { CallFilterInput } from "@antdash/api";
import type { Database } from "@antdash/db";
import { baselineOverview } from "./baseline-overview";
import { fmt, line, p50, percentile, timeRuns, verdict } from "./report-format";
import { BENCH_TIME_ZONE, viewerCaller } from "./viewer-caller";

const DAY = 86_400_000;

/**
 * issue 4: the overview (summary + previous period + all breakdowns + time series + the KPIs by direction, issue 12)
 * over 1M cached calls, beside the same numbers by plain GROUP BY queries over the raw calls, with PASS/MISS against
 * the targets: p50 <= `targetMs` (100 ms on PostgreSQL, 300 ms embedded) and at least 10x faster than the baseline.
 * Returns nothing; prints.
 */
export async function benchOverview(
  db: Database,
  range: { from: Date; to: Date },
  targetMs: number,
): Promise<void> {
  const api = viewerCaller(db);
  const ranges: [string, CallFilterInput][] = [
    ["all 1M calls", { from: range.from, to: range.to }],
    ["last 30 days", { from: new Date(range.to.getTime() - 30 * DAY), to: range.to }],
  ];
  for (const [name, filter] of ranges) {
    const overview = await api.analytics.overview({ filter });
    const ours = await timeRuns(7, () => api.analytics.overview({ filter }));
    const from = new Date(filter.from as Date);
    const to = new Date(filter.to as Date);
    const baseline = await timeRuns(3, () =>
      baselineOverview(db, from, to, BENCH_TIME_ZONE, overview.timeSeries.bucket),
    );
    const ratio = p50(baseline) / p50(ours);
    line(
      `  overview, ${name} (${fmt(overview.summary.total)} calls)`,
      `p50 ${fmt(p50(ours))} ms (min ${fmt(Math.min(...ours))}, p99 ${fmt(percentile(ours, 99))})` +
        `  target <= ${targetMs}: ${verdict(p50(ours) <= targetMs)}`,
    );
    line(`  baseline: same numbers by GROUP BY over raw calls`, `p50 ${fmt(p50(baseline))} ms`);
    line(`  ratio baseline / overview`, `${ratio.toFixed(1)}x  target >= 10: ${verdict(ratio >= 10)}`);
    const { inbound, outbound } = overview.summary.kpis;
    const pct = (r: number | null) => (r === null ? "—" : `${(r * 100).toFixed(1)}%`);
    line(
      `  its KPIs (inbound; outbound)`,
      `SL ${pct(inbound.serviceLevel)} ASA ${inbound.asaSeconds ?? "—"} s abandon ${pct(inbound.abandonRate)}; ` +
        `connect ${pct(outbound.connectRate)}`,
    );
  }
  const filtered: [string, CallFilterInput][] = [
    ["one DID", { ...ranges[0]![1], did: ["02873019555"] }],
    ["one agent", { ...ranges[0]![1], agent: ["thutran"] }],
    ["number search (raw calls)", { ...ranges[1]![1], number: "090" }],
  ];
  for (const [name, filter] of filtered) {
    const samples = await timeRuns(5, () => api.analytics.overview({ filter }));
    line(`  overview, ${name}`, `p50 ${fmt(p50(samples))} ms`);
  }
  for (const [name, run] of [
    ["heatmap, all calls", () => api.analytics.heatmap({ filter: ranges[0]![1] })],
    [
      "heatmap, inbound answer rate, all calls",
      () => api.analytics.heatmap({ filter: ranges[0]![1], mode: "inboundAnswerRate" }),
    ],
    ["inbound wait distribution, all calls", () => api.analytics.waitDistribution({ filter: ranges[0]![1] })],
    [
      "distribution, all calls (distribution rollups)",
      () => api.analytics.distribution({ filter: ranges[0]![1] }),
    ],
  ] as const) {
    line(`  ${name}`, `p50 ${fmt(p50(await timeRuns(3, run)))} ms`);
  }
}
