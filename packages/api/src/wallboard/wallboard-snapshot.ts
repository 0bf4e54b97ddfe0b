import { STATUS_DETAILS } from "@antdash/antring-core";
import type { Database } from "@antdash/db";
import type { KpiSettings, Thresholds } from "../admin/settings";
import type { BreakdownRow, TimeSeries } from "../analytics/output-schemas";
import { mean } from "../analytics/kpis";
import type { CallFilter } from "../calls/call-filter";
import { analyzePeriods, rollupPlanFor } from "../analytics/summary";
import { callTimeSeries } from "../analytics/time-series";
import { firingAlerts } from "../alerts/firing-alerts";
import { cacheFreshness } from "./freshness";
import { wallboardCallbacks } from "../callbacks/wallboard-callbacks";
import { missedCallbacks } from "./missed-callbacks";
import { tileLevels } from "./tile-levels";
import { wallboardDays } from "./wallboard-day";
import type { WallboardKpis, WallboardSnapshot } from "./wallboard-schemas";

/** Rows a wall has room for (legible from five metres). */
const WALLBOARD_LIMITS = { dids: 8, agents: 10, missedCallers: 10 } as const;

/**
 * Everything a wall screen shows, for the local day containing `at` in `timeZone`. Aggregates only: the one list
 * is of numbers waiting for a call back (what the floor has to act on), never call records or recordings.
 */
export async function wallboardSnapshot(
  db: Database,
  options: {
    at: Date;
    timeZone: string;
    thresholds: Thresholds;
    kpiSettings: KpiSettings;
    /** `at` is now: the board carries the alerts firing (their state is only known as of now). */
    current?: boolean;
  },
): Promise<WallboardSnapshot> {
  const { at, timeZone, thresholds, kpiSettings } = options;
  const days = await wallboardDays(db, at, timeZone);
  const sinceMidnight = at.getTime() - days.todayStart.getTime();
  const today: CallFilter = { from: days.todayStart, to: at };
  const lastWeekSoFar: CallFilter = {
    from: days.lastWeekStart,
    to: new Date(Math.min(days.lastWeekStart.getTime() + sinceMidnight, days.lastWeekEnd.getTime() - 1)),
  };
  const lastWeekDay: CallFilter = { from: days.lastWeekStart, to: new Date(days.lastWeekEnd.getTime() - 1) };
  const plan = await rollupPlanFor(db, [today, lastWeekSoFar, lastWeekDay]);
  const [[now, before], todaySeries, lastWeekSeries, missed, freshness, alerts] = await Promise.all([
    analyzePeriods(db, [today, lastWeekSoFar], plan, kpiSettings),
    callTimeSeries(db, today, { timeZone, bucket: "hour", now: at }, plan),
    callTimeSeries(db, lastWeekDay, { timeZone, bucket: "hour", now: at }, plan),
    missedCallbacks(db, { from: days.todayStart, at }, WALLBOARD_LIMITS.missedCallers),
    cacheFreshness(db),
    options.current ? firingAlerts(db) : [],
  ]);
  const kpis = kpisOf(now!.summary);
  const { breakdowns } = now!;
  const callbacks = await wallboardCallbacks(db, { from: days.todayStart, at });
  return {
    at,
    timeZone,
    todayStart: days.todayStart,
    lastWeekDate: days.lastWeekDate,
    kpis,
    lastWeekKpis: kpisOf(before!.summary),
    tiles: tileLevels(kpis, now!.summary.kpis, thresholds, kpiSettings),
    hourly: hourlyComparison(todaySeries, lastWeekSeries),
    statusMix: STATUS_DETAILS.map((status) => ({ status, calls: now!.summary.byStatus[status] ?? 0 })),
    dids: breakdowns.did
      .filter((row) => row.calls > 0)
      .slice(0, WALLBOARD_LIMITS.dids)
      .map((row) => ({ did: row.key, calls: row.calls, answered: row.answered })),
    agents: agentBoard(breakdowns.agent, (row) => row.calls > 0, agentLine, mostAnswered),
    callKpis: now!.summary.kpis,
    lastWeekCallKpis: before!.summary.kpis,
    agentsInbound: agentBoard(breakdowns.agent, (row) => row.inboundOffered > 0, inboundLine, mostAnswered),
    agentsOutbound: agentBoard(
      breakdowns.agent,
      (row) => row.outboundAttempts > 0,
      outboundLine,
      mostConnected,
    ),
    missed,
    callbacks,
    freshness,
    alerts,
    thresholds,
    kpiSettings,
  };
}

/**
 * One of the wall's agent boards: the agents with calls of its kind, named by their key, with the figures `line`
 * gives, ranked by `rank` (ties by name) and cut to what the wall has room for.
 */
function agentBoard<Line>(
  rows: readonly BreakdownRow[],
  hadCalls: (row: BreakdownRow) => boolean,
  line: (row: BreakdownRow) => Line,
  rank: (a: Line, b: Line) => number,
): (Line & { agent: string })[] {
  return rows
    .filter(hadCalls)
    .map((row) => ({ agent: row.key, ...line(row) }))
    .sort((a, b) => rank(a, b) || a.agent.localeCompare(b.agent))
    .slice(0, WALLBOARD_LIMITS.agents);
}

type TalkRanked = { answered: number; talkSeconds: number };
/** Most calls answered first, then most talk. */
const mostAnswered = (a: TalkRanked, b: TalkRanked) =>
  b.answered - a.answered || b.talkSeconds - a.talkSeconds;

type ConnectRanked = { connected: number; attempts: number };
/** Most calls connected first, then most attempts. */
const mostConnected = (a: ConnectRanked, b: ConnectRanked) =>
  b.connected - a.connected || b.attempts - a.attempts;

/** A board line's figures: all but the agent, whom agentBoard names. */
type Figures<Board extends "agents" | "agentsInbound" | "agentsOutbound"> = Omit<
  WallboardSnapshot[Board][number],
  "agent"
>;

const agentLine = (row: BreakdownRow): Figures<"agents"> => ({
  calls: row.calls,
  answered: row.answered,
  talkSeconds: row.billingSeconds,
  avgTalkSeconds: row.avgTalkSeconds,
});

const inboundLine = (row: BreakdownRow): Figures<"agentsInbound"> => ({
  answered: row.inboundAnswered,
  missed: row.inboundMissed,
  talkSeconds: row.inboundTalkSeconds,
  avgTalkSeconds: mean(row.inboundTalkSeconds, row.inboundAnswered),
});

const outboundLine = (row: BreakdownRow): Figures<"agentsOutbound"> => ({
  attempts: row.outboundAttempts,
  connected: row.outboundConnected,
  connectRate: row.outboundConnectRate,
  talkSeconds: row.outboundTalkSeconds,
});

function kpisOf(summary: {
  total: number;
  answered: number;
  abandoned: number;
  byDirection: Record<string, number>;
  answerRate: number;
  avgWaitSeconds: number;
  avgTalkSeconds: number;
}): WallboardKpis {
  return {
    total: summary.total,
    answered: summary.answered,
    missed: summary.total - summary.answered,
    abandoned: summary.abandoned,
    inbound: summary.byDirection.to_ab ?? 0,
    outbound: summary.byDirection.from_ab ?? 0,
    answerRate: summary.answerRate,
    avgWaitSeconds: summary.avgWaitSeconds,
    avgTalkSeconds: summary.avgTalkSeconds,
  };
}

/** Local hour of a series label "YYYY-MM-DDTHH:mm". */
const hourOf = (label: string) => Number(label.slice(11, 13));

/**
 * 24 local hours: today's calls (null after the current hour) beside last week's. A 25-hour day folds its repeated
 * hour into one; a 23-hour day shows 0 for the hour that did not exist.
 */
function hourlyComparison(today: TimeSeries, lastWeek: TimeSeries): WallboardSnapshot["hourly"] {
  const points: WallboardSnapshot["hourly"] = Array.from({ length: 24 }, (_, hour) => ({
    hour,
    today: null,
    lastWeek: 0,
  }));
  for (const p of lastWeek.points) points[hourOf(p.label)]!.lastWeek += p.total;
  for (const p of today.points) {
    const point = points[hourOf(p.label)]!;
    point.today = (point.today ?? 0) + p.total;
  }
  // Hours before the current one that had no bucket (a skipped daylight-saving hour) read 0, not "to come".
  const current = today.points.length ? hourOf(today.points[today.points.length - 1]!.label) : -1;
  for (const point of points) if (point.hour < current && point.today === null) point.today = 0;
  return points;
}
