import type { CallFilterInput, RouterInputs } from "@antdash/api";
import type { Database } from "@antdash/db";
import { percentile, timeRuns, verdict } from "./report-format";
import { viewerCaller } from "./viewer-caller";

const DAY = 86_400_000;
type ListInput = RouterInputs["calls"]["list"];
type Sort = NonNullable<ListInput["sort"]>;

const SORTS: [label: string, sort: Sort][] = [
  ["time↓", { column: "started_at", direction: "desc" }],
  ["dur↓", { column: "duration_seconds", direction: "desc" }],
  ["talk↓", { column: "billing_seconds", direction: "desc" }],
  ["wait↓", { column: "wait_seconds", direction: "desc" }],
  ["caller", { column: "caller_number", direction: "asc" }],
  ["callee", { column: "callee_number", direction: "asc" }],
  ["DID", { column: "did_number", direction: "asc" }],
  ["agent", { column: "agents", direction: "asc" }],
  ["status", { column: "status_detail", direction: "asc" }],
  ["dir", { column: "direction", direction: "asc" }],
  ["class", { column: "class", direction: "asc" }],
];

/** Filters a supervisor uses, from "everything" to rare: the range alone, one value of a dimension, searches. */
async function filtersOf(
  db: Database,
  range: { from: Date; to: Date },
): Promise<[string, CallFilterInput][]> {
  const all = { from: range.from, to: range.to };
  const month = { from: new Date(range.to.getTime() - 30 * DAY), to: range.to };
  const day = { from: new Date(range.to.getTime() - DAY), to: range.to };
  // A number that took part in a handful of calls: a customer looked up by their phone number.
  const { rows } = await db.pool.query<{ n: string }>(
    `SELECT caller_number AS n FROM calls WHERE direction = 'to_ab' GROUP BY 1 HAVING count(*) BETWEEN 3 AND 20 LIMIT 1`,
  );
  return [
    ["all calls", all],
    ["last 30 days", month],
    ["last day", day],
    ["one DID", { ...all, did: ["19006868"] }],
    ["CANCELLED", { ...all, status: ["CANCELLED"] }],
    ["one agent, 30 days", { ...month, agent: ["thutran"] }],
    ["inbound answered, 30 days", { ...month, direction: ["to_ab"], status: ["SUCCESS"] }],
    ["duration >= 10 min", { ...all, minDurationSeconds: 600 }],
    ["recorded, 30 days", { ...month, hasRecording: true }],
    ["number contains 090, 30 days", { ...month, number: "090" }],
    ["one customer's number, all calls", { ...all, number: rows[0]?.n ?? "0900000000" }],
  ];
}

/**
 * issue 4: a page of the call list (keyset, 50 rows) for filters × sorts; target <= 50 ms p50 for any of them.
 * Prints a grid of first-page p50s (a first page also counts the total when the rollups can), then each filter's
 * p99 over its first pages and a page ten pages deep.
 */
export async function benchCallList(db: Database, range: { from: Date; to: Date }): Promise<void> {
  const api = viewerCaller(db);
  const filters = await filtersOf(db, range);
  const TARGET_MS = 50;
  const width = 7;
  console.log(
    `  ${"first page p50, ms".padEnd(34)}${SORTS.map(([label]) => label.padStart(width)).join("")}  p99 (+deep)`,
  );
  const misses: string[] = [];
  let cases = 0;
  for (const [name, filter] of filters) {
    const cells: string[] = [];
    const all: number[] = [];
    for (const [label, sort] of SORTS) {
      const input: ListInput = { filter, sort, limit: 50 };
      const first = await timeRuns(3, () => api.calls.list(input));
      let cursor = (await api.calls.list(input)).nextCursor;
      for (let page = 0; page < 9 && cursor; page++)
        cursor = (await api.calls.list({ ...input, cursor })).nextCursor;
      const deep = cursor ? await timeRuns(2, () => api.calls.list({ ...input, cursor })) : [];
      const p50 = percentile(first, 50);
      all.push(...first, ...deep);
      cases++;
      if (p50 > TARGET_MS) misses.push(`${name} × ${label} (${Math.round(p50)} ms)`);
      cells.push(String(Math.round(p50)).padStart(width));
    }
    console.log(
      `  ${name.padEnd(34)}${cells.join("")}  ${Math.round(percentile(all, 99)).toString().padStart(6)}`,
    );
  }
  console.log(
    `  ${"target: every page p50 <= 50 ms".padEnd(50)} ${verdict(misses.length === 0)} (${cases - misses.length}/${cases} within)`,
  );
  for (const miss of misses) console.log(`    over: ${miss}`);
}
