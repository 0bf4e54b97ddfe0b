import type { RouterInputs } from "@antdash/api";
import type { Database } from "@antdash/db";
import { fmt, line, p50, timeRuns, verdict } from "./report-format";
import { viewerCaller } from "./viewer-caller";

const DAY = 86_400_000;
type CallSort = NonNullable<RouterInputs["calls"]["list"]["sort"]>;
type CaseSort = NonNullable<RouterInputs["callbacks"]["list"]["sort"]>;

const CALL_SORTS: CallSort["column"][] = [
  "started_at",
  "duration_seconds",
  "billing_seconds",
  "wait_seconds",
  "caller_number",
  "callee_number",
  "did_number",
  "agents",
  "status_detail",
  "direction",
  "class",
];
const CASE_SORTS: [string, CaseSort][] = [
  ["newest first", { column: "first_missed_at", direction: "desc" }],
  ["oldest (age)", { column: "age", direction: "desc" }],
  ["likely to answer now", { column: "likely_now", direction: "desc" }],
  ["most attempts", { column: "attempts", direction: "desc" }],
  ["last attempt", { column: "last_attempt_at", direction: "desc" }],
];

/**
 * issue 13 at 1M calls: "every call with this customer" (calls.list with a whole number, written the other way
 * than stored: p50 <= 20 ms for the first page whatever the sort), and the Call-backs page (callbacks.list first
 * and next page per order, callbacks.kpis, callbacks.repeatCallers over the default last 7 days).
 */
export async function benchCallbacks(db: Database, range: { from: Date; to: Date }): Promise<void> {
  const api = viewerCaller(db);
  // A typical customer (a handful of calls) and the busiest one (the most calls a look-up can meet).
  const { rows } = await db.pool.query<{ n: string; calls: number; kind: string }>(
    `(SELECT 'typical' AS kind, caller_normalized AS n, count(*)::int AS calls FROM calls
       WHERE direction = 'to_ab' AND class = 'trunking' AND caller_normalized LIKE '+84%'
       GROUP BY 2 HAVING count(*) BETWEEN 5 AND 40 LIMIT 1)
     UNION ALL
     (SELECT 'busiest', caller_normalized, count(*)::int FROM calls
       WHERE direction = 'to_ab' AND class = 'trunking' AND caller_normalized LIKE '+84%' GROUP BY 2 ORDER BY 3 DESC LIMIT 1)`,
  );
  for (const customer of rows) {
    const national = `0${customer.n.slice(3)}`; // typed as a supervisor would: 0903…
    const all = { from: range.from, to: range.to, number: national };
    const samples: number[] = [];
    for (const column of CALL_SORTS) {
      for (const direction of ["asc", "desc"] as const) {
        samples.push(
          p50(
            await timeRuns(5, () => api.calls.list({ filter: all, sort: { column, direction }, limit: 50 })),
          ),
        );
      }
    }
    const worst = Math.max(...samples);
    line(
      `  customer look-up, ${customer.kind} (${fmt(customer.calls)}+ calls), ${samples.length} sorts`,
      `first page p50 median ${fmt(p50(samples))} ms, worst sort ${fmt(worst)} ms (target <= 20) ${verdict(worst <= 20)}`,
    );
  }
  const week = { from: new Date(range.to.getTime() - 7 * DAY), to: range.to };
  for (const [label, sort] of CASE_SORTS) {
    for (const status of [["open"], undefined] as const) {
      const filter = { ...week, ...(status && { status: [...status] }) };
      let cursor: string | undefined;
      const first = await timeRuns(5, async () => {
        cursor = (await api.callbacks.list({ filter, sort, limit: 50 })).nextCursor ?? undefined;
      });
      const next = cursor
        ? await timeRuns(5, () => api.callbacks.list({ filter, sort, limit: 50, cursor }))
        : [];
      const worst = Math.max(p50(first), next.length ? p50(next) : 0);
      line(
        `  Call-backs page, 7 days, ${status ? "open" : "all"}, ${label}`,
        `first p50 ${fmt(p50(first))} ms, next ${next.length ? fmt(p50(next)) : "-"} ms (target <= 100) ${verdict(worst <= 100)}`,
      );
    }
  }
  const kpis = p50(await timeRuns(5, () => api.callbacks.kpis({ filter: week })));
  line(
    `  callbacks.kpis, 7 days (overall, per agent, per DID)`,
    `p50 ${fmt(kpis)} ms (target <= 100) ${verdict(kpis <= 100)}`,
  );
  const repeat = p50(await timeRuns(3, () => api.callbacks.repeatCallers({ filter: week, limit: 20 })));
  line(
    `  callbacks.repeatCallers, 7 days`,
    `p50 ${fmt(repeat)} ms (target <= 500) ${verdict(repeat <= 500)}`,
  );
}
