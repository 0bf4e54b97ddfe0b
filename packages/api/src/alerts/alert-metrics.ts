import type { Database } from "@antdash/db";
import type { KpiThresholds } from "../analytics/kpis";
import { analyzePeriods } from "../analytics/summary";
import { parseCallFilter } from "../calls/call-filter";
import { callbackBacklog } from "../reports/callback-backlog";
import type { AlertRule } from "./alert-rules";
import {
  type AlertReading,
  judgeBacklog,
  judgeInbound,
  judgeSilentDids,
  judgeUnsuccessShare,
} from "./alert-verdicts";

export type { AlertReading } from "./alert-verdicts";

const MINUTE = 60_000;
export const WEEK = 7 * 86_400_000;
/** How many weeks before make "usual" (the same window on the same weekday). */
export const USUAL_WEEKS = 4;

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
    return judgeBacklog(
      rule,
      at,
      await callbackBacklog(db, { from: new Date(at.getTime() - 86_400_000), at }),
    );
  }
  if (rule.kind === "service_level" || rule.kind === "abandon_rate") {
    const [now] = await analyzePeriods(db, [window(0)], undefined, kpi);
    return judgeInbound(rule, now!.summary.kpis.inbound);
  }
  const weeks = Array.from({ length: USUAL_WEEKS + 1 }, (_, w) => window(w * WEEK));
  const [current, ...usual] = (await analyzePeriods(db, weeks, undefined, kpi)).map((p) => p.summary);
  if (rule.kind === "unsuccess_share") {
    const counts = (s: typeof current) => ({ total: s!.total, unsuccess: s!.byStatus.UNSUCCESS ?? 0 });
    return judgeUnsuccessShare(rule, counts(current), usual.map(counts));
  }
  const dids = (s: typeof current) => new Map(Object.entries(s!.byDid));
  return judgeSilentDids(rule, dids(current), usual.map(dids));
}
