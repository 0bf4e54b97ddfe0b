import { type CallRecord, normalizePhoneNumber } from "@antdash/antring-core";
import { callFingerprint } from "./call-key";
import { localTime } from "../time/zoned-time";

/** One row of `calls` as written: every documented field in its own column, plus the derived ones. */
export interface CallRow {
  id: string;
  callerNumber: string;
  callerType: string;
  callerUsername: string | null;
  calleeNumber: string;
  calleeType: string;
  calleeUsername: string | null;
  class: string;
  didNumber: string | null;
  direction: string;
  statusDetail: string;
  durationSeconds: number;
  billingSeconds: number;
  unixTimestamp: number;
  /** null when the call was not recorded (AntRing sends ""). */
  recording: string | null;
  startedAt: Date;
  /** duration - billing: time before the answer (the whole call when it was not answered). */
  waitSeconds: number;
  /** Agents on the call: callee on inbound, caller on outbound, both on internal calls (username, else number). */
  agents: string[];
  /** In the configured time zone: YYYY-MM-DD, 0-23, 0 = Sunday. */
  localDate: string;
  localHour: number;
  localWeekday: number;
  fingerprint: string;
  /** caller/callee number in one spelling (E.164 for Vietnamese numbers; extensions and the like as given). */
  callerNormalized: string;
  calleeNormalized: string;
}

export function toCallRow(record: CallRecord, key: string, timeZone: string): CallRow {
  const startedAt = new Date(record.unix_timestamp * 1000);
  const local = localTime(startedAt, timeZone);
  return {
    id: key,
    callerNumber: record.caller.number,
    callerType: record.caller.type,
    callerUsername: record.caller.username ?? null,
    calleeNumber: record.callee.number,
    calleeType: record.callee.type,
    calleeUsername: record.callee.username ?? null,
    class: record.class,
    didNumber: record.did_number,
    direction: record.direction,
    statusDetail: record.status_detail,
    durationSeconds: record.duration_seconds,
    billingSeconds: record.billing_seconds,
    unixTimestamp: record.unix_timestamp,
    recording: record.recording === "" ? null : record.recording,
    startedAt,
    waitSeconds: record.duration_seconds - record.billing_seconds,
    agents: agentsOf(record),
    localDate: local.date,
    localHour: local.hour,
    localWeekday: local.weekday,
    fingerprint: callFingerprint(record),
    callerNormalized: normalizePhoneNumber(record.caller.number),
    calleeNormalized: normalizePhoneNumber(record.callee.number),
  };
}

/** Which parties are our agents: both on an internal (one_one) call, else the side on our end of the trunk. */
type Party = CallRecord["caller"];

function agentsOf(record: CallRecord): string[] {
  const parties: Party[] =
    record.class === "one_one"
      ? [record.caller, record.callee]
      : record.direction === "to_ab"
        ? [record.callee]
        : [record.caller];
  const agents = parties.filter(isUser).map((party) => party.username || party.number);
  return [...new Set(agents)];
}

/** A party is one of our users when AntRing says so; external numbers (type "realnumber") are not agents. */
function isUser(party: Party): boolean {
  return party.type === "user" || (party.username !== undefined && party.username !== "");
}
