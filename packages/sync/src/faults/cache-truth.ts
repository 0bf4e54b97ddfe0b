import type { CallRecord } from "@antdash/antring-core";
import { callFingerprint, type Database } from "@antdash/db";

/** What a dashboard shows for a set of calls; compared between the upstream truth and the cache. */
export interface CallTotals {
  total: number;
  byDirection: Record<string, number>;
  byStatus: Record<string, number>;
  billingSeconds: number;
  durationSeconds: number;
}

export function totalsOf(calls: readonly CallRecord[]): CallTotals {
  const t: CallTotals = { total: 0, byDirection: {}, byStatus: {}, billingSeconds: 0, durationSeconds: 0 };
  for (const c of calls) {
    t.total++;
    t.byDirection[c.direction] = (t.byDirection[c.direction] ?? 0) + 1;
    t.byStatus[c.status_detail] = (t.byStatus[c.status_detail] ?? 0) + 1;
    t.billingSeconds += c.billing_seconds;
    t.durationSeconds += c.duration_seconds;
  }
  return t;
}

/**
 * The cache's totals read twice: from `calls` (what the call list reads) and from the hourly rollups (what the
 * summaries read). insertCalls writes both in one statement, so they must agree even after a crash.
 */
export async function cachedTotals(db: Database): Promise<{ calls: CallTotals; rollups: CallTotals }> {
  const read = async (table: string, count: string): Promise<CallTotals> => {
    const { rows } = await db.pool.query<{
      direction: string;
      status: string;
      n: string;
      b: string;
      d: string;
    }>(
      `SELECT direction, status_detail AS status, ${count}::bigint AS n, sum(billing_seconds)::bigint AS b,
              sum(duration_seconds)::bigint AS d
       FROM ${table} GROUP BY direction, status_detail`,
    );
    const t: CallTotals = { total: 0, byDirection: {}, byStatus: {}, billingSeconds: 0, durationSeconds: 0 };
    for (const r of rows) {
      const n = Number(r.n);
      t.total += n;
      t.byDirection[r.direction] = (t.byDirection[r.direction] ?? 0) + n;
      t.byStatus[r.status] = (t.byStatus[r.status] ?? 0) + n;
      t.billingSeconds += Number(r.b);
      t.durationSeconds += Number(r.d);
    }
    return t;
  };
  return { calls: await read("calls", "count(*)"), rollups: await read("call_rollups_hourly", "sum(calls)") };
}

/**
 * Call by call: which upstream calls the cache lacks and which cached calls upstream does not have (or has fewer
 * times: a doubled call). Identical calls are counted, so "nothing lost, nothing doubled" is both lists empty.
 */
export async function compareWithUpstream(
  db: Database,
  upstream: readonly CallRecord[],
): Promise<{ missing: string[]; extra: string[] }> {
  const counts = new Map<string, number>();
  for (const call of upstream) {
    const key = callFingerprint(call);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const { rows } = await db.pool.query<{ fingerprint: string }>(`SELECT fingerprint FROM calls`);
  const extra: string[] = [];
  for (const { fingerprint } of rows) {
    const left = counts.get(fingerprint) ?? 0;
    if (left === 0) extra.push(fingerprint);
    else counts.set(fingerprint, left - 1);
  }
  const missing = [...counts].flatMap(([key, left]) => Array<string>(left).fill(key));
  return { missing, extra };
}
