import type { Database } from "@antdash/db";
import { CASE_FROM_SQL } from "./case-rows";
import { caseWhere } from "./case-where";
import type { CallbackKpis, CaseFilter, CaseKpis } from "./callback-schemas";

/** The case KPIs as SQL aggregates over callback_cases AS c (one implementation for every grouping). */
const KPI_AGGREGATES_SQL = `
  count(*)::int AS opened,
  count(*) FILTER (WHERE c.status = 'reached')::int AS reached,
  count(*) FILTER (WHERE c.status = 'open')::int AS open,
  count(*) FILTER (WHERE c.status = 'closed')::int AS closed,
  count(*) FILTER (WHERE c.reached_at <= c.first_missed_at + interval '1 hour')::int AS within_1h,
  count(*) FILTER (WHERE c.reached_at <= c.first_missed_at + interval '4 hours')::int AS within_4h,
  count(*) FILTER (WHERE c.reached_at <= c.first_missed_at + interval '24 hours')::int AS within_24h,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.first_attempt_at - c.first_missed_at)) AS median_first_attempt,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.reached_at - c.first_missed_at)) AS median_reach,
  count(*) FILTER (WHERE c.reached_by = 'callback')::int AS by_callback,
  count(*) FILTER (WHERE c.reached_by = 'customer')::int AS by_customer`;

interface KpiSqlRow {
  opened: number;
  reached: number;
  open: number;
  closed: number;
  within_1h: number;
  within_4h: number;
  within_24h: number;
  median_first_attempt: number | string | null;
  median_reach: number | string | null;
  by_callback: number;
  by_customer: number;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const seconds = (value: number | string | null) => (value === null ? null : Number(value));

function toKpis(row: KpiSqlRow | undefined): CaseKpis {
  const r: KpiSqlRow = row ?? {
    opened: 0,
    reached: 0,
    open: 0,
    closed: 0,
    within_1h: 0,
    within_4h: 0,
    within_24h: 0,
    median_first_attempt: null,
    median_reach: null,
    by_callback: 0,
    by_customer: 0,
  };
  return {
    opened: r.opened,
    reached: r.reached,
    open: r.open,
    closed: r.closed,
    reachedWithin1h: r.within_1h,
    reachedWithin4h: r.within_4h,
    reachedWithin24h: r.within_24h,
    reachedWithin1hShare: share(r.within_1h, r.opened),
    reachedWithin4hShare: share(r.within_4h, r.opened),
    reachedWithin24hShare: share(r.within_24h, r.opened),
    medianSecondsToFirstAttempt: seconds(r.median_first_attempt),
    medianSecondsToReach: seconds(r.median_reach),
    reachedByCallback: r.by_callback,
    reachedByCustomer: r.by_customer,
    callbackShare: share(r.by_callback, r.reached),
  };
}

/**
 * KPIs of the cases whose first missed call lies in the filter's range: overall, per agent (the agent who reached
 * the case, else the one who first tried; cases nobody worked have no agent) and per DID (of the first missed
 * call). Medians are exact (percentile_cont: the mean of the two middle values when their count is even).
 */
export async function callbackKpis(db: Database, filter: CaseFilter): Promise<CallbackKpis> {
  const params: unknown[] = [];
  const where = caseWhere(filter, params);
  const { rows } = await db.pool.query<
    KpiSqlRow & { agent: string | null; did: string | null; grouping: number }
  >(
    `SELECT GROUPING(COALESCE(c.reached_agent, c.first_attempt_agent), c.first_did) AS grouping,
            COALESCE(c.reached_agent, c.first_attempt_agent) AS agent, c.first_did AS did, ${KPI_AGGREGATES_SQL}
       FROM ${CASE_FROM_SQL} WHERE ${where}
      GROUP BY GROUPING SETS ((), (COALESCE(c.reached_agent, c.first_attempt_agent)), (c.first_did))`,
    params,
  );
  const backlog = await db.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM callback_cases WHERE status = 'open'`,
  );
  // GROUPING bits: 2 = agent not grouped, 1 = DID not grouped.
  return {
    overall: toKpis(rows.find((r) => r.grouping === 3)),
    openBacklog: backlog.rows[0]?.n ?? 0,
    byAgent: rows
      .filter((r) => r.grouping === 1 && r.agent !== null)
      .map((r) => ({ agent: r.agent as string, ...toKpis(r) }))
      .sort((a, b) => b.opened - a.opened || a.agent.localeCompare(b.agent)),
    byDid: rows
      .filter((r) => r.grouping === 2)
      .map((r) => ({ did: r.did ?? "", ...toKpis(r) }))
      .sort((a, b) => b.opened - a.opened || a.did.localeCompare(b.did)),
  };
}

/** opened / reached / open / median seconds to reach of the cases first missed in [from, to]: the CLI's report. */
export async function callbackReportTotals(db: Database, range: { from: Date; to: Date }) {
  const { overall } = await callbackKpis(db, range);
  return {
    opened: overall.opened,
    reached: overall.reached,
    open: overall.open,
    medianSecondsToReach: overall.medianSecondsToReach,
  };
}
