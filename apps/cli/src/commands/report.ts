import { analyzeCalls, callbackReportTotals, type CallSummary, getSettings, summaryRows } from "@antdash/api";
import { writeReportPdf } from "./report-pdf";
import { parseArgs } from "node:util";
import { openCliDatabase } from "../context";
import type { CliEnv } from "../env";
import { FILTER_HELP, filterFromFlags, filterOptions } from "../filter-flags";
import { KPI_FLAGS_HELP, kpiOptions, kpiThresholdsFromFlags } from "../kpi-flags";
import { UsageError } from "../usage-error";

export const REPORT_HELP = `pnpm cli report --from ISO --to ISO [--format table|json|csv|pdf] [--out FILE] [--lang vi|en]
                [--service-level-seconds N] [--short-abandon-seconds N] [filters]
  The KPI summary of the cached calls: totals by direction, status, DID, class and agent, answer rate, talk and
  wait times, and the call-center KPIs by direction ("kpis": inbound offered, answered, missed, abandoned, short
  abandons, answer/abandon rates, service level, speed of answer; outbound attempts, connected, connect rate, busy;
  internal calls). Wait = duration − talk time, so it includes ringing and IVR. --format json prints exactly one
  JSON object: the API's analytics.summary for the same filter, its time zone, "breakdowns" (KPI rows per
  direction, status, class, DID and agent, as analytics.breakdown) and "callbacks" ({opened, reached, open,
  medianSecondsToReach} of the call-back cases first missed in the range). --format pdf --out FILE writes the
  scheduled reports' PDF for the range (compared with the equal range before it), in --lang (default en); needs
  Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
${KPI_FLAGS_HELP}
${FILTER_HELP}`;

export async function reportCommand(args: string[], env: CliEnv): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...filterOptions,
      ...kpiOptions,
      format: { type: "string" },
      out: { type: "string" },
      lang: { type: "string" },
    },
    strict: true,
  });
  const format = values.format ?? "table";
  if (!["table", "json", "csv", "pdf"].includes(format))
    throw new UsageError(`--format: expected table, json, csv or pdf, not "${format}"`);
  if (format === "pdf" && !values.out) throw new UsageError("--format pdf needs --out FILE");
  const lang = values.lang ?? "en";
  if (lang !== "vi" && lang !== "en") throw new UsageError(`--lang: expected vi or en, not "${lang}"`);
  const filter = filterFromFlags(values, env.timeZone);
  // Checked before opening the database, so a bad value fails fast; applied over the settings once it is open.
  kpiThresholdsFromFlags(values, { serviceLevelSeconds: 1, shortAbandonSeconds: 0 });
  const db = await openCliDatabase(env);
  try {
    const settings = (await getSettings(db)).kpi;
    const thresholds = kpiThresholdsFromFlags(values, settings);
    if (format === "pdf") {
      await writeReportPdf(db, filter, {
        out: values.out!,
        locale: lang,
        timeZone: env.timeZone,
        chromiumPath: env.chromiumPath,
        kpi: { ...settings, ...thresholds },
      });
      return 0;
    }
    // The API's own implementation: the dashboard shows the same numbers for the same filter.
    const { summary, breakdowns } = await analyzeCalls(db, filter, thresholds);
    // The call-back cases first missed in the same range (issue 13): their own key beside the summary's.
    const callbacks = await callbackReportTotals(db, { from: filter.from, to: filter.to });
    if (format === "json")
      process.stdout.write(
        `${JSON.stringify({ ...summary, timeZone: env.timeZone, breakdowns, callbacks })}\n`,
      );
    else if (format === "csv") process.stdout.write(summaryCsv(summary));
    else process.stdout.write(summaryTable(summary, env.timeZone));
    return 0;
  } finally {
    await db.close();
  }
}

function summaryCsv(summary: CallSummary): string {
  // Numbers and booleans print bare; only text is quoted.
  const quote = (v: unknown) => (typeof v === "string" ? `"${v.replace(/"/g, '""')}"` : String(v));
  return (
    ["metric,value", ...summaryRows(summary).map(([k, v]) => `${quote(k)},${quote(v)}`)].join("\n") + "\n"
  );
}

function summaryTable(s: CallSummary, timeZone: string): string {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  const orDash = (n: number | null, show: (n: number) => string) => (n === null ? "—" : show(n));
  const line = (label: string, value: number | string, note = "") =>
    `  ${label.padEnd(22)} ${String(value).padStart(9)}${note ? `  ${note}` : ""}`;
  const { inbound, outbound, internal } = s.kpis;
  const dur = (sec: number) => {
    const h = Math.floor(sec / 3600);
    const m = Math.floor((sec % 3600) / 60);
    return h ? `${h}h ${m}m` : `${m}m ${Math.round(sec % 60)}s`;
  };
  const section = (title: string, counts: Record<string, number>) =>
    [
      `${title}:`,
      ...Object.entries(counts).map(([k, v]) => `  ${k.padEnd(22)} ${String(v).padStart(9)}`),
    ].join("\n");
  return [
    `Calls ${s.from} .. ${s.to} (shown in ${timeZone})`,
    `  ${"total".padEnd(22)} ${String(s.total).padStart(9)}`,
    `  ${"answered".padEnd(22)} ${String(s.answered).padStart(9)}  (${pct(s.answerRate)})`,
    `  ${"abandoned".padEnd(22)} ${String(s.abandoned).padStart(9)}`,
    `  ${"talk time".padEnd(22)} ${dur(s.billingSeconds).padStart(9)}  avg ${s.avgTalkSeconds}s, median ${s.medianTalkSeconds}s`,
    `  ${"wait time".padEnd(22)} ${dur(s.waitSeconds).padStart(9)}  avg ${s.avgWaitSeconds}s, median ${s.medianWaitSeconds}s`,
    `Inbound (wait = duration − talk, includes ringing and IVR):`,
    line("offered", inbound.offered),
    line("answered", inbound.answered, `answer rate ${orDash(inbound.answerRate, pct)}`),
    line("missed", inbound.missed),
    line("abandoned", inbound.abandoned, `abandon rate ${orDash(inbound.abandonRate, pct)}`),
    line("short abandons", inbound.shortAbandoned),
    line(`service level (${inbound.serviceLevelSeconds}s)`, orDash(inbound.serviceLevel, pct)),
    line(
      "speed of answer",
      orDash(inbound.asaSeconds, (n) => `${n}s`),
    ),
    line(
      "wait before abandon",
      orDash(inbound.avgAbandonWaitSeconds, (n) => `${n}s`),
    ),
    `Outbound:`,
    line("attempts", outbound.attempts),
    line("connected", outbound.connected, `connect rate ${orDash(outbound.connectRate, pct)}`),
    line("busy", outbound.busy),
    line(
      "avg talk",
      orDash(s.outboundAvgTalkSeconds, (n) => `${n}s`),
    ),
    `Internal:`,
    line("calls", internal.calls),
    section("By direction", s.byDirection),
    section("By status", s.byStatus),
    section("By class", s.byClass),
    section("By DID", s.byDid),
    section("By agent", s.byAgent),
    "",
  ].join("\n");
}
