import { DIRECTIONS, STATUS_DETAILS, type CallClass, type Direction, type StatusDetail } from "@antdash/antring-core";
import type { Database } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import { callWhere } from "../calls/call-where";

/** The KPI summary shown on the dashboard and printed by `pnpm cli report`. */
export interface CallSummary {
  from: string;
  to: string;
  total: number;
  byDirection: Record<Direction, number>;
  byStatus: Record<StatusDetail, number>;
  byClass: Record<CallClass, number>;
  /** DID -> calls; calls without a DID are left out. */
  byDid: Record<string, number>;
  /** Agent username -> calls they took part in (an internal call counts for both agents). */
  byAgent: Record<string, number>;
  /** Calls with status SUCCESS. */
  answered: number;
  /** answered / total, 0..1 (0 when there are no calls). */
  answerRate: number;
  /** Calls the caller abandoned before an answer (CANCELLED). */
  abandoned: number;
  billingSeconds: number;
  durationSeconds: number;
  /** Sum of duration − billing: ringing, IVR and queue time. */
  waitSeconds: number;
  /** Average talk time of answered calls. */
  avgTalkSeconds: number;
  medianTalkSeconds: number;
  /** Average of duration − billing over all calls. */
  avgWaitSeconds: number;
  medianWaitSeconds: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export async function summarizeCalls(db: Database, filter: CallFilter): Promise<CallSummary> {
  const where = callWhere(filter);
  const [totals, groups, agents] = await Promise.all([
    db.pool.query<{
      total: number;
      answered: number;
      billing: string | null;
      duration: string | null;
      wait: string | null;
      median_talk: number | null;
      median_wait: number | null;
    }>(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE status_detail = 'SUCCESS')::int AS answered,
              sum(billing_seconds)::bigint AS billing,
              sum(duration_seconds)::bigint AS duration,
              sum(wait_seconds)::bigint AS wait,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY billing_seconds) FILTER (WHERE status_detail = 'SUCCESS') AS median_talk,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY wait_seconds) AS median_wait
         FROM calls WHERE ${where.sql}`,
      where.params,
    ),
    db.pool.query<{ kind: string; key: string; n: number }>(
      `SELECT 'direction' AS kind, direction AS key, count(*)::int AS n FROM calls WHERE ${where.sql} GROUP BY direction
       UNION ALL SELECT 'status', status_detail, count(*)::int FROM calls WHERE ${where.sql} GROUP BY status_detail
       UNION ALL SELECT 'class', class, count(*)::int FROM calls WHERE ${where.sql} GROUP BY class
       UNION ALL SELECT 'did', did_number, count(*)::int FROM calls WHERE ${where.sql} AND did_number IS NOT NULL GROUP BY did_number`,
      where.params,
    ),
    db.pool.query<{ agent: string; n: number }>(
      `SELECT agent, count(*)::int AS n FROM calls, unnest(agents) AS agent WHERE ${where.sql} GROUP BY agent`,
      where.params,
    ),
  ]);
  const t = totals.rows[0]!;
  const byDirection = Object.fromEntries(DIRECTIONS.map((d) => [d, 0])) as Record<Direction, number>;
  const byStatus = Object.fromEntries(STATUS_DETAILS.map((s) => [s, 0])) as Record<StatusDetail, number>;
  const byClass: Record<CallClass, number> = { one_one: 0, trunking: 0 };
  const byDid: Record<string, number> = {};
  for (const g of groups.rows) {
    if (g.kind === "direction") byDirection[g.key as Direction] = g.n;
    else if (g.kind === "status") byStatus[g.key as StatusDetail] = g.n;
    else if (g.kind === "class") byClass[g.key as CallClass] = g.n;
    else byDid[g.key] = g.n;
  }
  const byAgent = Object.fromEntries(
    agents.rows.sort((a, b) => b.n - a.n || a.agent.localeCompare(b.agent)).map((a) => [a.agent, a.n]),
  );
  const billingSeconds = Number(t.billing ?? 0);
  const waitSeconds = Number(t.wait ?? 0);
  return {
    from: filter.from.toISOString(),
    to: filter.to.toISOString(),
    total: t.total,
    byDirection,
    byStatus,
    byClass,
    byDid: Object.fromEntries(Object.entries(byDid).sort(([, a], [, b]) => b - a)),
    byAgent,
    answered: t.answered,
    answerRate: t.total ? Math.round((t.answered / t.total) * 10_000) / 10_000 : 0,
    abandoned: byStatus.CANCELLED,
    billingSeconds,
    durationSeconds: Number(t.duration ?? 0),
    waitSeconds,
    avgTalkSeconds: t.answered ? round2(billingSeconds / t.answered) : 0,
    medianTalkSeconds: round2(t.median_talk ?? 0),
    avgWaitSeconds: t.total ? round2(waitSeconds / t.total) : 0,
    medianWaitSeconds: round2(t.median_wait ?? 0),
  };
}
