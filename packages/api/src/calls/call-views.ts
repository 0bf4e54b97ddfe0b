import { CALL_CLASSES, DIRECTIONS, STATUS_DETAILS } from "@antdash/antring-core";
import { z } from "zod";

/** One call as the call list shows it. The recording's name stays on the server: `hasRecording` says if there is one. */
export const callListRowSchema = z.object({
  id: z.string(),
  startedAt: z.date(),
  direction: z.enum(DIRECTIONS),
  statusDetail: z.enum(STATUS_DETAILS),
  class: z.enum(CALL_CLASSES),
  callerNumber: z.string(),
  callerUsername: z.string().nullable(),
  calleeNumber: z.string(),
  calleeUsername: z.string().nullable(),
  didNumber: z.string().nullable(),
  durationSeconds: z.number().int(),
  billingSeconds: z.number().int(),
  waitSeconds: z.number().int(),
  agents: z.array(z.string()),
  hasRecording: z.boolean(),
});
export type CallListRow = z.infer<typeof callListRowSchema>;

/** Every stored field of one call. */
export const callDetailSchema = callListRowSchema.extend({
  callerType: z.string(),
  calleeType: z.string(),
  unixTimestamp: z.number().int(),
  /** The call's day and hour in the cache's time zone. */
  localDate: z.string(),
  localHour: z.number().int(),
  /** 0 = Sunday .. 6 = Saturday. */
  localWeekday: z.number().int(),
  fingerprint: z.string(),
  syncedAt: z.date(),
});
export type CallDetail = z.infer<typeof callDetailSchema>;

/** Columns selected for a list row, as snake_case SQL. */
export const LIST_COLUMNS_SQL = `id, started_at, direction, status_detail, class, caller_number, caller_username,
  callee_number, callee_username, did_number, duration_seconds, billing_seconds, wait_seconds, agents,
  recording IS NOT NULL AS has_recording`;

/** The stored columns of a call that a list row and an export both read, as snake_case SQL. */
export interface CallSqlColumns {
  id: string;
  started_at: Date;
  direction: string;
  status_detail: string;
  class: string;
  caller_number: string;
  caller_username: string | null;
  callee_number: string;
  callee_username: string | null;
  did_number: string | null;
  duration_seconds: number;
  billing_seconds: number;
  wait_seconds: number;
}

export interface CallListSqlRow extends CallSqlColumns {
  agents: string[];
  has_recording: boolean;
}

export function toCallListRow(r: CallListSqlRow): CallListRow {
  return {
    id: r.id,
    startedAt: r.started_at,
    direction: r.direction as CallListRow["direction"],
    statusDetail: r.status_detail as CallListRow["statusDetail"],
    class: r.class as CallListRow["class"],
    callerNumber: r.caller_number,
    callerUsername: r.caller_username,
    calleeNumber: r.callee_number,
    calleeUsername: r.callee_username,
    didNumber: r.did_number,
    durationSeconds: r.duration_seconds,
    billingSeconds: r.billing_seconds,
    waitSeconds: r.wait_seconds,
    agents: r.agents,
    hasRecording: r.has_recording,
  };
}
