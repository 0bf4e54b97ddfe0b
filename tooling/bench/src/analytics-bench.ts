import { AntringClient } from "@antdash/antring-core";
import { appRouter, createCallerFactory, type CallFilterInput, type RouterInputs } from "@antdash/api";
import type { Database } from "@antdash/db";
import { baselineOverview } from "./baseline-overview";
import { fmt, line, p50, timeRuns } from "./report-format";

const TIME_ZONE = "Asia/Ho_Chi_Minh";
const DAY = 86_400_000;

/** The API as the web app calls it (input and output validation included, HTTP aside), as a signed-in viewer. */
function viewerCaller(db: Database) {
  return createCallerFactory(appRouter)({
    db,
    // Never called by these procedures; AntRing is not involved in reading the cache.
    antring: new AntringClient({ baseUrl: "http://127.0.0.1:9", appId: "bench", appSecret: "bench" }),
    user: { id: "bench", email: "bench@example.test", name: "Bench", role: "viewer", locale: "en" },
    tv: null,
    timeZone: TIME_ZONE,
    ip: "127.0.0.1",
  });
}

/**
 * issue 4: the overview (summary + previous period + all breakdowns + time series) over 1M cached calls, beside the
 * same numbers by plain GROUP BY queries over the raw calls. Returns nothing; prints.
 */
export async function benchOverview(db: Database, range: { from: Date; to: Date }): Promise<void> {
  const api = viewerCaller(db);
  const ranges: [string, CallFilterInput][] = [
    ["all 1M calls", { from: range.from, to: range.to }],
    ["last 30 days", { from: new Date(range.to.getTime() - 30 * DAY), to: range.to }],
  ];
  for (const [name, filter] of ranges) {
    const overview = await api.analytics.overview({ filter });
    const ours = await timeRuns(7, () => api.analytics.overview({ filter }));
    const from = new Date(filter.from as Date);
    const to = new Date(filter.to as Date);
    const baseline = await timeRuns(3, () =>
      baselineOverview(db, from, to, TIME_ZONE, overview.timeSeries.bucket),
    );
    const ratio = p50(baseline) / p50(ours);
    line(
      `  overview, ${name} (${fmt(overview.summary.total)} calls)`,
      `p50 ${fmt(p50(ours))} ms (min ${fmt(Math.min(...ours))})`,
    );
    line(`  same numbers by GROUP BY over raw calls`, `p50 ${fmt(p50(baseline))} ms`);
    line(`  ratio baseline / overview (target >= 10)`, `${ratio.toFixed(1)}x`);
  }
  const filtered: [string, CallFilterInput][] = [
    ["one DID", { ...ranges[0]![1], did: ["02873019555"] }],
    ["one agent", { ...ranges[0]![1], agent: ["thutran"] }],
    ["number search (raw calls)", { ...ranges[1]![1], number: "090" }],
  ];
  for (const [name, filter] of filtered) {
    const samples = await timeRuns(5, () => api.analytics.overview({ filter }));
    line(`  overview, ${name}`, `p50 ${fmt(p50(samples))} ms`);
  }
  for (const [name, run] of [
    ["heatmap, all calls", () => api.analytics.heatmap({ filter: ranges[0]![1] })],
    ["distribution, all calls (raw calls)", () => api.analytics.distribution({ filter: ranges[0]![1] })],
  ] as const) {
    line(`  ${name}`, `p50 ${fmt(p50(await timeRuns(3, run)))} ms`);
  }
}

/** issue 4: a page of the call list (keyset, 50 rows) for a few filters and sorts; target <= 50 ms p50. */
export async function benchCallList(db: Database, range: { from: Date; to: Date }): Promise<void> {
  const api = viewerCaller(db);
  const all = { from: range.from, to: range.to };
  const month = { from: new Date(range.to.getTime() - 30 * DAY), to: range.to };
  const cases: [string, RouterInputs["calls"]["list"]][] = [
    [
      "all calls, newest first",
      { filter: all, sort: { column: "started_at", direction: "desc" }, limit: 50 },
    ],
    [
      "one DID, longest first",
      {
        filter: { ...all, did: ["19006868"] },
        sort: { column: "duration_seconds", direction: "desc" },
        limit: 50,
      },
    ],
    [
      "CANCELLED, by caller",
      {
        filter: { ...all, status: ["CANCELLED"] },
        sort: { column: "caller_number", direction: "asc" },
        limit: 50,
      },
    ],
    [
      "one agent, 30 days, by wait",
      {
        filter: { ...month, agent: ["thutran"] },
        sort: { column: "wait_seconds", direction: "desc" },
        limit: 50,
      },
    ],
    [
      "number search, 30 days",
      { filter: { ...month, number: "090" }, sort: { column: "started_at", direction: "desc" }, limit: 50 },
    ],
  ];
  for (const [name, input] of cases) {
    const first = await timeRuns(5, () => api.calls.list(input));
    // The pages after the first carry a cursor and skip the total count.
    let cursor = (await api.calls.list(input)).nextCursor;
    for (let page = 0; page < 20 && cursor; page++)
      cursor = (await api.calls.list({ ...input, cursor })).nextCursor;
    const deep = cursor ? await timeRuns(5, () => api.calls.list({ ...input, cursor })) : [];
    line(
      `  ${name}`,
      `first page p50 ${fmt(p50(first))} ms (with total)` +
        (deep.length ? `, page 22 p50 ${fmt(p50(deep))} ms` : ""),
    );
  }
}
