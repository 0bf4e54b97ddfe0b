import type { StatusDetail } from "@antdash/antring-core";
import type { Database } from "@antdash/db";
import { callsRelation, type ResolvableFilter } from "../calls/call-where";
import { callSource, factsSql, type PeriodFacts, tiersFor } from "./fact-sources";
import type { RollupPlan, Segment, Tier } from "./rollup-plan";
import { SqlParams } from "./sql-params";
import { rangeOf } from "./time-range";

/** Calls per value of some keys computed from the time of a fact (in the viewer's zone) and per status. */
export interface TimeKeyedCount {
  keys: unknown[];
  status: StatusDetail;
  calls: number;
  /** The values of the extra columns asked for (TimeKeys.columns), by column name. */
  columns: Record<string, string>;
}

export interface TimeKeys {
  /** SQL expressions over `t` (a timestamptz) given the placeholder of the viewer's zone. */
  sql(zone: string): string[];
  /**
   * The tiers whose periods always fall in one key when the viewer's zone is the rollup zone: months and days for
   * month buckets, days for day and week buckets. Hours serve any zone whose offset is whole hours.
   */
  zoneTiers: readonly Tier[];
  /** Fact columns to group by besides the status (e.g. direction and class, to tell inbound calls apart). */
  columns?: readonly string[];
}

/**
 * Counts calls by time keys (time-series buckets, hour x weekday cells) in the viewer's zone. Rollup rows are
 * grouped by their period start, which is exact when the whole period falls in one key: always for days of the
 * same zone, and for UTC hours when the zone's offset is whole hours at that instant. An hour where it is not
 * (Asia/Kolkata, +05:30) is read from the raw calls of that hour instead, hour by hour (LATERAL, kept correlated
 * by OFFSET 0), so a zone without such hours never touches the calls table there.
 */
export async function countByTime(
  db: Database,
  filter: ResolvableFilter,
  timeZone: string,
  plan: RollupPlan | null,
  keys: TimeKeys,
): Promise<TimeKeyedCount[]> {
  const range = rangeOf(filter);
  const source = callSource(filter);
  const fitting = (tier: Tier) =>
    tier === "hour" || (plan?.zone === timeZone && keys.zoneTiers.includes(tier));
  const extra = keys.columns ?? [];
  const tiers = plan ? tiersFor(source, filter, ["status_detail", ...extra]).filter(fitting) : [];
  const segments: Segment[] = tiers.length ? plan!.segments(range, tiers) : [{ tier: "raw", ...range }];
  const rollup: PeriodFacts = { filter, segments: segments.filter((s) => s.tier !== "raw") };
  const raw: PeriodFacts = { filter, segments: segments.filter((s) => s.tier === "raw") };

  const params = new SqlParams();
  const zone = params.add(timeZone);
  const exprs = keys.sql(zone);
  const aligned = `date_trunc('hour', t, ${zone}) = t`;
  const cols = ["status_detail", ...extra].join(", ");
  const { rows } = await db.pool.query<{
    status_detail: StatusDetail;
    calls: number;
    [key: string]: unknown;
  }>(
    `WITH r AS (
       SELECT tier, t, ${cols}, sum(calls) AS calls FROM (${factsSql(source, [rollup], params)}) AS f
        GROUP BY tier, t, ${cols})
     SELECT ${exprs.map((expr, i) => `${expr} AS k${i}`).join(", ")}, ${cols}, sum(calls)::float8 AS calls
       FROM (SELECT t, ${cols}, calls FROM r WHERE tier <> 'hour' OR ${aligned}
             UNION ALL
             SELECT t, ${cols}, calls FROM (${factsSql(source, [raw], params)}) AS w
             UNION ALL
             SELECT c.t, ${["status_detail", ...extra].map((c) => `c.${c}`).join(", ")}, 1
               FROM (SELECT DISTINCT t FROM r WHERE tier = 'hour' AND NOT ${aligned}) AS h
               CROSS JOIN LATERAL (
                 SELECT started_at AS t, ${cols} FROM ${callsRelation(filter)}
                  WHERE started_at >= h.t AND started_at < h.t + interval '1 hour' AND ${params.where(filter)} OFFSET 0) AS c
            ) AS x
      GROUP BY ${exprs.map((_, i) => i + 1).join(", ")}, ${cols}`,
    params.values,
  );
  return rows.map((row) => ({
    keys: exprs.map((_, i) => row[`k${i}`]),
    status: row.status_detail,
    calls: row.calls,
    columns: Object.fromEntries(extra.map((c) => [c, String(row[c])])),
  }));
}
