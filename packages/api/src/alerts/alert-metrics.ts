import type { Database } from "@antdash/db";
import type { KpiThresholds } from "../analytics/kpis";
import { analyzePeriods } from "../analytics/summary";
import { parseCallFilter } from "../calls/call-filter";
import { callbackBacklog } from "../reports/callback-backlog";
import type { AlertRule } from "./alert-rules";

const MINUTE = 60_000;
const WEEK = 7 * 86_400_000;

/** A rule's reading at one instant: whether it fires, its value, and what the notification says. */
export interface AlertReading {
  /** null: nothing to judge (e.g. no inbound call in the window); the rule keeps its state. */
  firing: boolean | null;
  value: number | null;
  detail: Record<string, unknown>;
}

/**
 * Reads one rule over [at − window, at]. Every KPI comes from the analytics' one implementation (analyzePeriods:
 * summary.kpis); the backlog from the call-back integration point. "Usual" = the same window on the same weekday
 * of the 4 weeks before.
 */
export async function readAlert(
  db: Database,
  rule: Pick<AlertRule, "kind" | "threshold" | "windowMinutes" | "params">,
  at: Date,
  kpi: KpiThresholds,
): Promise<AlertReading> {
  const window = (shiftMs: number) =>
    parseCallFilter({
      from: new Date(at.getTime() - shiftMs - rule.windowMinutes * MINUTE),
      to: new Date(at.getTime() - shiftMs),
    });
  if (rule.kind === "backlog") {
    const backlog = await callbackBacklog(db, { from: new Date(at.getTime() - 86_400_000), at });
    const ageHours = backlog.oldestAt ? (at.getTime() - backlog.oldestAt.getTime()) / 3_600_000 : 0;
    const tooOld = rule.params.maxAgeHours !== undefined && ageHours > rule.params.maxAgeHours;
    return {
      firing: backlog.total > rule.threshold || tooOld,
      value: backlog.total,
      detail: { cases: backlog.total, oldestHours: Math.round(ageHours * 10) / 10 },
    };
  }
  if (rule.kind === "service_level" || rule.kind === "abandon_rate") {
    const [now] = await analyzePeriods(db, [window(0)], undefined, kpi);
    const inbound = now!.summary.kpis.inbound;
    const rate = rule.kind === "service_level" ? inbound.serviceLevel : inbound.abandonRate;
    if (inbound.offered === 0 || rate === null) return { firing: null, value: null, detail: { offered: 0 } };
    const percent = rate * 100;
    return {
      firing: rule.kind === "service_level" ? percent < rule.threshold : percent > rule.threshold,
      value: Math.round(percent * 10) / 10,
      detail: { offered: inbound.offered },
    };
  }
  const periods = await analyzePeriods(
    db,
    [0, 1, 2, 3, 4].map((w) => window(w * WEEK)),
    undefined,
    kpi,
  );
  const [current, ...usual] = periods.map((p) => p.summary);
  if (rule.kind === "unsuccess_share") {
    const share = (s: { total: number; byStatus: Record<string, number> }) => s.byStatus.UNSUCCESS ?? 0;
    const usualTotal = usual.reduce((n, s) => n + s.total, 0);
    if (current!.total === 0 || usualTotal === 0) return { firing: null, value: null, detail: {} };
    const now = (share(current!) / current!.total) * 100;
    const before = (usual.reduce((n, s) => n + share(s), 0) / usualTotal) * 100;
    return {
      firing: now > before + rule.threshold,
      value: Math.round(now * 10) / 10,
      detail: { usualPercent: Math.round(before * 10) / 10 },
    };
  }
  // did_silent: DIDs averaging at least `threshold` calls in this window over the 4 weeks, with none now.
  const usualByDid = new Map<string, number>();
  for (const s of usual)
    for (const [did, n] of Object.entries(s.byDid)) usualByDid.set(did, (usualByDid.get(did) ?? 0) + n);
  const silent = [...usualByDid]
    .filter(([did, n]) => n / usual.length >= Math.max(1, rule.threshold) && (current!.byDid[did] ?? 0) === 0)
    .map(([did]) => did)
    .sort();
  return { firing: silent.length > 0, value: silent.length, detail: { dids: silent } };
}
