import type { Database } from "@antdash/db";
import type { CallFilter } from "../calls/call-filter";
import { periodFacts } from "./breakdowns";
import { callSource, factsSql, histogramSource } from "./fact-sources";
import { KIND_SQL, type KpiCounts, type KpiThresholds, ZERO_KPI_COUNTS } from "./kpis";
import type { RollupPlan } from "./rollup-plan";
import { SqlParams } from "./sql-params";

const IN = KIND_SQL.inbound;
const OUT = KIND_SQL.outbound;

interface SumsRow {
  p: number;
  offered: number;
  answered: number;
  abandoned: number;
  answered_wait: number;
  abandoned_duration: number;
  attempts: number;
  connected: number;
  busy: number;
  connected_talk: number;
  internal: number;
}

interface BinsRow {
  p: number;
  within_sl: number;
  short_abandoned: number;
}

const sum = (column: string, where: string, as: string) =>
  `coalesce(sum(${column}) FILTER (WHERE ${where}), 0)::float8 AS ${as}`;

/**
 * The counts behind the KPIs of each period (same criteria, e.g. a range and the one before it), in two queries run
 * together: sums per kind of call from the call facts (one agent's from the agent rollups), and the counts under the
 * thresholds from the histograms' 1-second bins (exact for any whole threshold up to 120 s; one agent's from the
 * agent histograms, as the medians; several agents from the raw calls).
 */
export async function kpiCountsOf(
  db: Database,
  filters: readonly CallFilter[],
  plan: RollupPlan | null,
  thresholds: KpiThresholds,
): Promise<KpiCounts[]> {
  if (filters.length === 0) return [];
  const source = callSource(filters[0]!);
  const sumsParams = new SqlParams();
  const sumsFacts = factsSql(
    source,
    periodFacts(source, filters, plan, ["direction", "class", "status_detail"]),
    sumsParams,
  );
  const binsParams = new SqlParams();
  const binSource = histogramSource(filters[0]!);
  const binsFacts = factsSql(
    binSource,
    periodFacts(binSource, filters, plan, ["direction", "class", "status_detail", "metric", "bin"]),
    binsParams,
  );
  const sl = binsParams.add(thresholds.serviceLevelSeconds);
  const short = binsParams.add(thresholds.shortAbandonSeconds);
  const [sums, bins] = await Promise.all([
    db.pool.query<SumsRow>(
      `SELECT p,
              ${sum("calls", IN, "offered")},
              ${sum("calls", `${IN} AND status_detail = 'SUCCESS'`, "answered")},
              ${sum("calls", `${IN} AND status_detail = 'CANCELLED'`, "abandoned")},
              ${sum("wait_seconds", `${IN} AND status_detail = 'SUCCESS'`, "answered_wait")},
              ${sum("duration_seconds", `${IN} AND status_detail = 'CANCELLED'`, "abandoned_duration")},
              ${sum("calls", OUT, "attempts")},
              ${sum("calls", `${OUT} AND status_detail = 'SUCCESS'`, "connected")},
              ${sum("calls", `${OUT} AND status_detail = 'BUSY'`, "busy")},
              ${sum("billing_seconds", `${OUT} AND status_detail = 'SUCCESS'`, "connected_talk")},
              ${sum("calls", KIND_SQL.internal, "internal")}
         FROM (${sumsFacts}) AS f GROUP BY p`,
      sumsParams.values,
    ),
    db.pool.query<BinsRow>(
      `SELECT p,
              ${sum("calls", `metric = 'wait' AND bin <= ${sl}::int`, "within_sl")},
              ${sum("calls", `metric = 'duration' AND bin <= ${short}::int`, "short_abandoned")}
         FROM (${binsFacts}) AS f
        WHERE ${IN} AND ((metric = 'wait' AND status_detail = 'SUCCESS') OR (metric = 'duration' AND status_detail = 'CANCELLED'))
        GROUP BY p`,
      binsParams.values,
    ),
  ]);
  return filters.map((_, p) => {
    const s = sums.rows.find((row) => row.p === p);
    const b = bins.rows.find((row) => row.p === p);
    if (!s) return ZERO_KPI_COUNTS;
    return {
      inbound: {
        offered: s.offered,
        answered: s.answered,
        abandoned: s.abandoned,
        shortAbandoned: b?.short_abandoned ?? 0,
        answeredWithinServiceLevel: b?.within_sl ?? 0,
        answeredWaitSeconds: s.answered_wait,
        abandonedDurationSeconds: s.abandoned_duration,
      },
      outbound: {
        attempts: s.attempts,
        connected: s.connected,
        busy: s.busy,
        connectedTalkSeconds: s.connected_talk,
      },
      internal: { calls: s.internal },
    };
  });
}
