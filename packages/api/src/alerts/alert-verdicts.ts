import type { CallKpis } from "../analytics/output-schemas";
import type { AlertRule } from "./alert-rules";

/** A rule's reading at one instant: whether it fires, its value, and what the notification says. */
export interface AlertReading {
  /** null: nothing to judge (e.g. no inbound call in the window); the rule keeps its state. */
  firing: boolean | null;
  value: number | null;
  detail: Record<string, unknown>;
}

// What a rule concludes from the numbers of its window: the one judgement shared by the live reading (readAlert,
// numbers from the analytics) and the "last week" preview (counts slid over the week in memory), so both fire alike.

type Rule = Pick<AlertRule, "kind" | "threshold" | "params">;

/** Inbound service level under the threshold, or abandon rate over it (percent); nothing to judge without calls. */
export function judgeInbound(
  rule: Rule,
  inbound: Pick<CallKpis["inbound"], "offered" | "serviceLevel" | "abandonRate">,
): AlertReading {
  const rate = rule.kind === "service_level" ? inbound.serviceLevel : inbound.abandonRate;
  if (inbound.offered === 0 || rate === null) return { firing: null, value: null, detail: { offered: 0 } };
  const percent = rate * 100;
  return {
    firing: rule.kind === "service_level" ? percent < rule.threshold : percent > rule.threshold,
    value: Math.round(percent * 10) / 10,
    detail: { offered: inbound.offered },
  };
}

/** All calls and UNSUCCESS calls of a window. */
export interface UnsuccessCounts {
  total: number;
  unsuccess: number;
}

/** The share of UNSUCCESS calls now against the same window of the 4 weeks before (pooled). */
export function judgeUnsuccessShare(
  rule: Rule,
  current: UnsuccessCounts,
  usual: UnsuccessCounts[],
): AlertReading {
  const usualTotal = usual.reduce((n, s) => n + s.total, 0);
  if (current.total === 0 || usualTotal === 0) return { firing: null, value: null, detail: {} };
  const now = (current.unsuccess / current.total) * 100;
  const before = (usual.reduce((n, s) => n + s.unsuccess, 0) / usualTotal) * 100;
  return {
    firing: now > before + rule.threshold,
    value: Math.round(now * 10) / 10,
    detail: { usualPercent: Math.round(before * 10) / 10 },
  };
}

/** DIDs averaging at least `threshold` calls (at least 1) in this window over the usual weeks, with none now. */
export function judgeSilentDids(
  rule: Rule,
  current: ReadonlyMap<string, number>,
  usual: readonly ReadonlyMap<string, number>[],
): AlertReading {
  const usualByDid = new Map<string, number>();
  for (const week of usual) for (const [did, n] of week) usualByDid.set(did, (usualByDid.get(did) ?? 0) + n);
  const silent = [...usualByDid]
    .filter(([did, n]) => n / usual.length >= Math.max(1, rule.threshold) && (current.get(did) ?? 0) === 0)
    .map(([did]) => did)
    .sort();
  return { firing: silent.length > 0, value: silent.length, detail: { dids: silent } };
}

/** More waiting call-back cases than the threshold, or (params.maxAgeHours) one waiting longer than that. */
export function judgeBacklog(
  rule: Rule,
  at: Date,
  backlog: { total: number; oldestAt: Date | null },
): AlertReading {
  const ageHours = backlog.oldestAt ? (at.getTime() - backlog.oldestAt.getTime()) / 3_600_000 : 0;
  const tooOld = rule.params.maxAgeHours !== undefined && ageHours > rule.params.maxAgeHours;
  return {
    firing: backlog.total > rule.threshold || tooOld,
    value: backlog.total,
    detail: { cases: backlog.total, oldestHours: Math.round(ageHours * 10) / 10 },
  };
}
