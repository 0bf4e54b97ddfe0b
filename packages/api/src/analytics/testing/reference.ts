// The analytics computed in plain TypeScript over the upstream records: what the SQL (rollups or raw) must match.
import type { CallRecord } from "@antdash/antring-core";
import type { CallFilter } from "../../calls/call-filter";
import type { Counters } from "../output-schemas";
import { agentsOf } from "./agents-reference";

export { agentRuleRecords, agentsOf } from "./agents-reference";

export function matches(c: CallRecord, f: CallFilter): boolean {
  const ms = c.unix_timestamp * 1000;
  const agents = agentsOf(c);
  return (
    ms >= f.from.getTime() &&
    ms <= f.to.getTime() &&
    (!f.direction?.length || f.direction.includes(c.direction)) &&
    (!f.status?.length || f.status.includes(c.status_detail)) &&
    (!f.callClass?.length || f.callClass.includes(c.class)) &&
    (!f.did?.length || (c.did_number !== null && f.did.includes(c.did_number))) &&
    (!f.agent?.length || agents.some((a) => f.agent!.includes(a))) &&
    (!f.number || c.caller.number.includes(f.number) || c.callee.number.includes(f.number)) &&
    (f.minDurationSeconds === undefined || c.duration_seconds >= f.minDurationSeconds) &&
    (f.maxDurationSeconds === undefined || c.duration_seconds <= f.maxDurationSeconds) &&
    (f.hasRecording === undefined || (c.recording !== "") === f.hasRecording)
  );
}

export function countersOf(calls: readonly CallRecord[]): Counters {
  return {
    calls: calls.length,
    answered: calls.filter((c) => c.status_detail === "SUCCESS").length,
    abandoned: calls.filter((c) => c.status_detail === "CANCELLED").length,
    billingSeconds: calls.reduce((s, c) => s + c.billing_seconds, 0),
    durationSeconds: calls.reduce((s, c) => s + c.duration_seconds, 0),
    waitSeconds: calls.reduce((s, c) => s + c.duration_seconds - c.billing_seconds, 0),
    ...kindCounters(calls),
  };
}

/** Calls grouped by a key of each call (a call may have several keys, e.g. its agents). */
export function groupBy(
  calls: readonly CallRecord[],
  keys: (c: CallRecord) => string[],
): Map<string, CallRecord[]> {
  const groups = new Map<string, CallRecord[]>();
  for (const c of calls) for (const key of keys(c)) groups.set(key, [...(groups.get(key) ?? []), c]);
  return groups;
}

/** percentile_cont(0.5). */
export function exactMedian(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return (sorted[Math.floor(middle)]! + sorted[Math.ceil(middle)]!) / 2;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Local calendar fields of an instant, from Intl (independent of PostgreSQL's time zone code). */
export function localParts(ms: number, timeZone: string) {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      weekday: "short",
      hourCycle: "h23",
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
  const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(parts.weekday!);
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), weekday };
}

/** The label of a call's time-series bucket ("YYYY-MM-DDTHH:mm" of the bucket's local start). */
export function bucketLabel(ms: number, bucket: "hour" | "day" | "week" | "month", timeZone: string): string {
  const { date, hour, weekday } = localParts(ms, timeZone);
  if (bucket === "hour") return `${date}T${String(hour).padStart(2, "0")}:00`;
  if (bucket === "day") return `${date}T00:00`;
  if (bucket === "month") return `${date.slice(0, 8)}01T00:00`;
  const [y, m, d] = date.split("-").map(Number);
  const monday = new Date(Date.UTC(y!, m! - 1, d! - ((weekday + 6) % 7)));
  return `${monday.toISOString().slice(0, 10)}T00:00`;
}

function kindCounters(calls: readonly CallRecord[]) {
  const inbound = calls.filter((c) => c.class === "trunking" && c.direction === "to_ab");
  const outbound = calls.filter((c) => c.class === "trunking" && c.direction === "from_ab");
  const talk = (list: CallRecord[]) => list.reduce((s, c) => s + c.billing_seconds, 0);
  return {
    inboundOffered: inbound.length,
    inboundAnswered: inbound.filter((c) => c.status_detail === "SUCCESS").length,
    inboundTalkSeconds: talk(inbound),
    outboundAttempts: outbound.length,
    outboundConnected: outbound.filter((c) => c.status_detail === "SUCCESS").length,
    outboundTalkSeconds: talk(outbound),
  };
}
