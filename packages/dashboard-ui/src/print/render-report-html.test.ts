// The report's print view for known data: the KPI cards labelled by the glossary in both languages with their
// numbers, the charts drawn as SVG on the server with their values, the tables and the backlog.
import type { BreakdownRow, CallSummary, ReportData } from "@antdash/api";
import { KPI_GLOSSARY } from "@antdash/api/labels";
import { describe, expect, it } from "vitest";
import { renderReportHtml } from "./render-report-html";

function summary(total: number, inbound: { offered: number; answered: number }): CallSummary {
  return {
    from: "2026-11-18T17:00:00.000Z",
    to: "2026-11-19T16:59:59.999Z",
    total,
    byDirection: { to_ab: inbound.offered, from_ab: total - inbound.offered },
    byStatus: { SUCCESS: 900, CANCELLED: 150, BUSY: 80, IVR: 50, UNSUCCESS: total - 1180 },
    byClass: { trunking: total - 20, one_one: 20 },
    byDid: { "02873019555": 700, "02873019556": 300 },
    byAgent: { an: 500, binh: 400 },
    answered: 900,
    answerRate: 0.72,
    abandoned: 150,
    billingSeconds: 90_000,
    durationSeconds: 120_000,
    waitSeconds: 30_000,
    avgTalkSeconds: 100,
    medianTalkSeconds: 80,
    avgWaitSeconds: 24,
    medianWaitSeconds: 20,
    medianPrecision: "exact",
    kpis: {
      inbound: {
        offered: inbound.offered,
        answered: inbound.answered,
        missed: inbound.offered - inbound.answered,
        abandoned: 120,
        shortAbandoned: 10,
        answerRate: 0.75,
        abandonRate: 0.1234,
        serviceLevel: 0.8125,
        serviceLevelSeconds: 20,
        asaSeconds: 75,
        avgAbandonWaitSeconds: 30,
      },
      outbound: { attempts: 250, connected: 200, connectRate: 0.8, busy: 30 },
      internal: { calls: 20 },
    },
    outboundAvgTalkSeconds: 125,
  };
}

function row(key: string, calls: number): BreakdownRow {
  return {
    key,
    calls,
    answered: calls - 50,
    abandoned: 20,
    billingSeconds: calls * 60,
    durationSeconds: calls * 80,
    waitSeconds: calls * 20,
    inboundOffered: calls - 100,
    inboundAnswered: calls - 140,
    inboundTalkSeconds: calls * 40,
    outboundAttempts: 100,
    outboundConnected: 90,
    outboundTalkSeconds: 5400,
    answerRate: 0.9,
    avgTalkSeconds: 60,
    avgWaitSeconds: 20,
    inboundMissed: 40,
    outboundConnectRate: 0.9,
  };
}

const day = (iso: string) => new Date(iso);
const DATA: ReportData = {
  title: "Daily calls",
  viewName: "Inbound",
  criteria: { direction: ["to_ab"], did: ["02873019555"] },
  locale: "en",
  timeZone: "Asia/Ho_Chi_Minh",
  period: { from: day("2026-11-18T17:00:00Z"), to: day("2026-11-19T17:00:00Z") },
  previousPeriod: { from: day("2026-11-17T17:00:00Z"), to: day("2026-11-18T17:00:00Z") },
  current: {
    summary: summary(1250, { offered: 1000, answered: 750 }),
    breakdowns: {
      direction: [],
      status: [],
      class: [],
      did: [row("02873019555", 700)],
      agent: [row("an", 500)],
    },
  },
  previous: {
    summary: summary(1200, { offered: 960, answered: 700 }),
    breakdowns: { direction: [], status: [], class: [], did: [], agent: [] },
  },
  series: {
    bucket: "hour",
    timeZone: "Asia/Ho_Chi_Minh",
    points: [8, 9, 10].map((h) => ({
      from: `2026-11-19T0${h - 7}:00:00.000Z`,
      to: `2026-11-19T0${h - 7}:59:59.999Z`,
      label: `2026-11-19T${String(h).padStart(2, "0")}:00`,
      total: 100 * h,
      answered: 80 * h,
      byStatus: { SUCCESS: 80 * h, CANCELLED: 10 * h, BUSY: 5 * h, IVR: 3 * h, UNSUCCESS: 2 * h },
      partial: false,
    })),
  },
  backlog: {
    total: 7,
    oldestAt: day("2026-11-17T02:00:00Z"),
    cases: [{ number: "0909123456", did: "02873019555", lastAt: day("2026-11-19T03:00:00Z"), attempts: 2 }],
  },
  kpi: { serviceLevelSeconds: 20, shortAbandonSeconds: 5, serviceLevelTargetPercent: 80 },
  incomplete: false,
  generatedAt: day("2026-11-20T00:30:00Z"),
};

/** The page's text, tags dropped and entities read, spaces squeezed: what a reader (or pdftotext) sees. */
const textOf = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");

const name = (key: string, locale: "vi" | "en") => KPI_GLOSSARY.find((e) => e.key === key)!.name[locale];

describe("renderReportHtml", () => {
  it("labels the KPI cards with the glossary's English names, each followed by its number", () => {
    const text = textOf(renderReportHtml(DATA));
    expect(text).toContain("Call report: Daily calls");
    expect(text).toMatch(/Total calls 1,250 \(previous period: 1,200\)/);
    const cards: [string, string][] = [
      ["kpis.inbound.offered", "1,000"],
      ["kpis.inbound.answered", "750"],
      ["kpis.inbound.serviceLevel", "81.3%"],
      ["kpis.inbound.asaSeconds", "1 min 15 s"],
      ["kpis.inbound.abandonRate", "12.3%"],
      ["kpis.inbound.missed", "250"],
      ["kpis.outbound.attempts", "250"],
      ["kpis.outbound.connectRate", "80%"],
      ["outboundAvgTalkSeconds", "2 min 5 s"],
      ["kpis.internal.calls", "20"],
    ];
    for (const [key, value] of cards) expect(text).toContain(`${name(key, "en")} ${value} `);
    // Compared with the previous period: 1,000 offered against 960 is +4.2 %.
    expect(text).toContain("+4.2% vs previous period (960)");
    expect(text).toContain("Target met · Target 80%");
    // Never the summary's machine keys.
    expect(text).not.toMatch(/kpis\.|serviceLevel|to_ab|from_ab/);
  });

  it("speaks Vietnamese when asked, with the glossary's Vietnamese names", () => {
    const text = textOf(renderReportHtml(DATA, { language: "vi" }));
    expect(text).toContain("Báo cáo cuộc gọi: Daily calls");
    expect(text).toContain("Tổng số cuộc gọi 1.250");
    expect(text).toContain(`${name("kpis.inbound.offered", "vi")} 1.000 `);
    expect(text).toContain(`${name("kpis.inbound.serviceLevel", "vi")} 81,3%`);
    expect(text).toContain("Đạt mục tiêu");
    expect(text).toContain("Gọi vào");
  });

  it("says the period and the filter in words", () => {
    const text = textOf(renderReportHtml(DATA));
    expect(text).toContain("Period: Nov 19, 2026, 12:00 AM – Nov 20, 2026, 12:00 AM (Asia/Ho_Chi_Minh)");
    expect(text).toContain("Direction: Inbound · DID: 02873019555 (saved view “Inbound”)");
  });

  it("draws the charts as SVG on the server, every value printed beside its shape", () => {
    const html = renderReportHtml(DATA);
    // Direction donut, outcome bars, calls over time, calls per DID.
    expect(html.match(/<svg class="print-chart"/g)).toHaveLength(4);
    for (const id of ["direction", "status", "timeseries", "did"])
      expect(html).toContain(`data-testid="chart-${id}"`);
    const elements = [...html.matchAll(/data-testid="chart-element" data-key="([^"]+)" data-value="(\d+)"/g)];
    const value = (key: string) => elements.find((m) => m[1] === key)?.[2];
    expect(value("to_ab")).toBe("1000");
    expect(value("02873019555")).toBe("700");
    expect(value("2026-11-19T09:00|SUCCESS")).toBe("720");
    // Grey-scale: hatched and dotted fills are defined, and each column's total is printed above it.
    expect(html).toContain('id="print-hatch"');
    expect(textOf(html)).toContain(" 1,000 ");
    expect(html).not.toContain("<script");
  });

  it("prints the agents and DIDs tables with their totals, and the call-back backlog", () => {
    const text = textOf(renderReportHtml(DATA));
    expect(text).toMatch(/Agents Agent Calls .* an 500 /);
    expect(text).toMatch(/Total in the period 1,250 /);
    expect(text).toMatch(/No DID \(outbound, internal\) 550 /);
    expect(text).toContain("7 callers waiting to be called back");
    expect(text).toContain("0909123456");
  });

  it("carries the page's style nonce and the report's language", () => {
    const html = renderReportHtml(DATA, { styleNonce: "abc123" });
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    expect(html).toContain('<style nonce="abc123">');
    expect(html).toContain("@page { size: A4;");
  });
});
