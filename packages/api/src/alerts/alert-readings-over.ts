import { type Database, histogramBinSql } from "@antdash/db";
import { KIND_SQL, kpisFromCounts, type KpiThresholds, ZERO_KPI_COUNTS } from "../analytics/kpis";
import { USUAL_WEEKS, WEEK } from "./alert-metrics";
import type { AlertRule } from "./alert-rules";
import { judgeBacklog, judgeInbound, judgeSilentDids, judgeUnsuccessShare } from "./alert-verdicts";
import { type MinuteCountRow, MinuteSeries } from "./minute-series";

const MINUTE = 60_000;

type Rule = Pick<AlertRule, "kind" | "threshold" | "windowMinutes" | "params">;

/**
 * The readings (firing or not, null = nothing to judge) of one rule at many instants, as readAlert would give them
 * one by one, but set-based: one query fetches the counts the rule needs per minute over all its windows (or the
 * call-back cases alive in the span), then the window slides in memory and the same verdicts (alert-verdicts.ts)
 * judge each instant. Instants must be whole minutes, ascending.
 */
export async function readAlertOverInstants(
  db: Database,
  rule: Rule,
  instants: readonly Date[],
  kpi: KpiThresholds,
): Promise<(boolean | null)[]> {
  if (instants.length === 0) return [];
  const first = instants[0]!.getTime();
  const last = instants.at(-1)!.getTime();
  const window = rule.windowMinutes * MINUTE;
  if (rule.kind === "backlog") return backlogReadings(db, rule, instants);
  if (rule.kind === "service_level" || rule.kind === "abandon_rate") {
    const series = await inboundSeries(db, new Date(first - window), new Date(last), kpi);
    return instants.map((at) => {
      const [offered, answered, abandoned, shortAbandoned, answeredWithinServiceLevel] = series.sum(
        at.getTime() - window,
        at.getTime(),
      );
      const counts = {
        ...ZERO_KPI_COUNTS,
        inbound: {
          ...ZERO_KPI_COUNTS.inbound,
          offered: offered!,
          answered: answered!,
          abandoned: abandoned!,
          shortAbandoned: shortAbandoned!,
          answeredWithinServiceLevel: answeredWithinServiceLevel!,
        },
      };
      return judgeInbound(rule, kpisFromCounts(counts, kpi).inbound).firing;
    });
  }
  const from = new Date(first - window - USUAL_WEEKS * WEEK);
  // The current window (w = 0) and the same window 1..4 weeks before.
  const windows = (at: Date) =>
    Array.from({ length: USUAL_WEEKS + 1 }, (_, w) => {
      const hi = at.getTime() - w * WEEK;
      return [hi - window, hi] as const;
    });
  if (rule.kind === "unsuccess_share") {
    const series = await statusSeries(db, from, new Date(last));
    return instants.map((at) => {
      const [current, ...usual] = windows(at).map(([lo, hi]) => {
        const [total, unsuccess] = series.sum(lo, hi);
        return { total: total!, unsuccess: unsuccess! };
      });
      return judgeUnsuccessShare(rule, current!, usual).firing;
    });
  }
  const byDid = await didSeries(db, from, new Date(last));
  return instants.map((at) => {
    const [current, ...usual] = windows(at).map(([lo, hi]) => {
      const counts = new Map<string, number>();
      for (const [did, series] of byDid) {
        const [calls] = series.sum(lo, hi);
        if (calls! > 0) counts.set(did, calls!);
      }
      return counts;
    });
    return judgeSilentDids(rule, current!, usual).firing;
  });
}

// Per minute (from the epoch, in UTC whatever the session's zone), and whether the call started exactly on it.
const MINUTE_OF = `date_bin('1 minute', started_at, TIMESTAMPTZ 'epoch')`;
const MINUTE_COLUMNS = `(extract(epoch FROM ${MINUTE_OF}) * 1000)::float8 AS minute, started_at = ${MINUTE_OF} AS exact`;

interface MinuteRow {
  minute: number;
  exact: boolean;
}

/** The calls of [from, to] (both inclusive, as a call filter reads them), per minute. */
async function minuteRows<R extends MinuteRow>(
  db: Database,
  range: { from: Date; to: Date },
  select: string,
  opts: { where?: string; groupBy?: string; params?: unknown[] } = {},
): Promise<R[]> {
  const { rows } = await db.pool.query<R>(
    `SELECT ${MINUTE_COLUMNS}, ${select} FROM calls
      WHERE started_at >= $1 AND started_at <= $2 ${opts.where ? `AND ${opts.where}` : ""}
      GROUP BY 1, 2 ${opts.groupBy ? `, ${opts.groupBy}` : ""}`,
    [range.from, range.to, ...(opts.params ?? [])],
  );
  return rows;
}

const count = (where: string) => `(count(*) FILTER (WHERE ${where}))::float8`;

/**
 * Inbound offered, answered, abandoned, short-abandoned and answered within the service level, per minute: the
 * counts kpiCountsOf reads, under the thresholds by the histograms' bins as it does.
 */
async function inboundSeries(db: Database, from: Date, to: Date, kpi: KpiThresholds) {
  type Row = MinuteRow & Record<"o" | "a" | "ab" | "sab" | "sl", number>;
  const rows = await minuteRows<Row>(
    db,
    { from, to },
    `count(*)::float8 AS o, ${count(`status_detail = 'SUCCESS'`)} AS a, ${count(`status_detail = 'CANCELLED'`)} AS ab,
     ${count(`status_detail = 'CANCELLED' AND ${histogramBinSql("duration_seconds")} <= $4::int`)} AS sab,
     ${count(`status_detail = 'SUCCESS' AND ${histogramBinSql("wait_seconds")} <= $3::int`)} AS sl`,
    { where: KIND_SQL.inbound, params: [kpi.serviceLevelSeconds, kpi.shortAbandonSeconds] },
  );
  return new MinuteSeries(
    rows.map((r) => ({ minute: r.minute, exact: r.exact, values: [r.o, r.a, r.ab, r.sab, r.sl] })),
    5,
  );
}

/** All calls and UNSUCCESS calls per minute. */
async function statusSeries(db: Database, from: Date, to: Date) {
  type Row = MinuteRow & Record<"total" | "unsuccess", number>;
  const rows = await minuteRows<Row>(
    db,
    { from, to },
    `count(*)::float8 AS total, ${count(`status_detail = 'UNSUCCESS'`)} AS unsuccess`,
  );
  return new MinuteSeries(
    rows.map((r) => ({ minute: r.minute, exact: r.exact, values: [r.total, r.unsuccess] })),
    2,
  );
}

/** Calls per minute of each DID (calls without one are not a DID's, as in the breakdowns). */
async function didSeries(db: Database, from: Date, to: Date): Promise<Map<string, MinuteSeries>> {
  type Row = MinuteRow & { did: string; calls: number };
  const rows = await minuteRows<Row>(db, { from, to }, `did_number AS did, count(*)::float8 AS calls`, {
    where: `coalesce(did_number, '') <> ''`,
    groupBy: "did_number",
  });
  const perDid = new Map<string, MinuteCountRow[]>();
  for (const r of rows) {
    const list = perDid.get(r.did) ?? [];
    list.push({ minute: r.minute, exact: r.exact, values: [r.calls] });
    perDid.set(r.did, list);
  }
  return new Map([...perDid].map(([did, list]) => [did, new MinuteSeries(list, 1)]));
}

/**
 * The backlog at each instant from the cases that wait at some point of the span: a case waits at t when its first
 * missed call came by t and it was neither reached nor closed by t (callbackBacklog's WAITING_AT). Swept in time
 * order: cases join as their first missed call comes and leave when reached or closed; the oldest waiting one is
 * the first joined that has not left yet.
 */
async function backlogReadings(db: Database, rule: Rule, instants: readonly Date[]) {
  const { rows } = await db.pool.query<{ start: number; end: number | null }>(
    `SELECT (extract(epoch FROM first_missed_at) * 1000)::float8 AS start,
            (extract(epoch FROM least(reached_at, closed_at)) * 1000)::float8 AS "end"
       FROM callback_cases
      WHERE first_missed_at <= $2 AND (reached_at IS NULL OR reached_at > $1) AND (closed_at IS NULL OR closed_at > $1)
      ORDER BY first_missed_at`,
    [instants[0], instants.at(-1)],
  );
  // A case left before it came never waits.
  const cases = rows.filter((c) => c.end === null || c.end > c.start);
  const ends = cases.flatMap((c) => (c.end === null ? [] : [c.end])).sort((a, b) => a - b);
  let joined = 0;
  let left = 0;
  let oldest = 0;
  return instants.map((at) => {
    const t = at.getTime();
    while (joined < cases.length && cases[joined]!.start <= t) joined++;
    while (left < ends.length && ends[left]! <= t) left++;
    while (oldest < joined && cases[oldest]!.end !== null && cases[oldest]!.end! <= t) oldest++;
    const waiting = oldest < joined ? new Date(cases[oldest]!.start) : null;
    return judgeBacklog(rule, at, { total: joined - left, oldestAt: waiting }).firing;
  });
}
