import type { CallRecord, StatusDetail } from "../records";
import type { ChannelEvent } from "./bindings";

/**
 * The live events the simulator sends, shaped like Kazoo's blackhole call events: a frame `{ name, args }`
 * whose args carry Kazoo's field names (see Kazoo's blackhole docs). One channel per call: the leg that
 * entered the switch, from the trunk (inbound calls) or from an agent's device (outbound and internal calls),
 * which Kazoo marks with Custom-Channel-Vars Authorizing-Type "device" and the device's SIP Username.
 * AntRing's real payload is not documented: this is our best guess, not a contract.
 */
export interface LiveCall {
  callId: string;
  record: CallRecord;
}

export interface KazooFrame {
  name: ChannelEvent;
  args: Record<string, unknown>;
}

const REALM = "antring-simulator.invalid";
/** Kazoo's Timestamp counts seconds from year 0 (Gregorian seconds). */
const GREGORIAN_TO_UNIX_SECONDS = 62_167_219_200;

const HANGUP_CAUSES: Record<StatusDetail, string> = {
  SUCCESS: "NORMAL_CLEARING",
  IVR: "NORMAL_CLEARING",
  CANCELLED: "ORIGINATOR_CANCEL",
  BUSY: "USER_BUSY",
  UNSUCCESS: "NORMAL_TEMPORARY_FAILURE",
};

export function kazooFrame(event: ChannelEvent, call: LiveCall, accountId: string, atMs: number): KazooFrame {
  const { record } = call;
  const outbound = record.direction === "from_ab";
  const dialled =
    record.direction === "to_ab" && record.did_number !== null ? record.did_number : record.callee.number;
  const args: Record<string, unknown> = {
    "Event-Category": "call_event",
    "Event-Name": event,
    "Call-ID": call.callId,
    "Call-Direction": "inbound",
    "Caller-ID-Number": record.caller.number,
    "Caller-ID-Name": record.caller.username ?? record.caller.number,
    "Callee-ID-Number": record.callee.number,
    "Callee-ID-Name": record.callee.username ?? record.callee.number,
    From: `${record.caller.number}@${REALM}`,
    To: `${dialled}@${REALM}`,
    Request: `${dialled}@${REALM}`,
    Timestamp: Math.floor(atMs / 1000) + GREGORIAN_TO_UNIX_SECONDS,
    "Custom-Channel-Vars": outbound
      ? { "Account-ID": accountId, "Authorizing-Type": "device", Username: record.caller.number }
      : { "Account-ID": accountId },
  };
  if (event === "CHANNEL_DESTROY") {
    args["Billing-Seconds"] = String(record.billing_seconds);
    args["Duration-Seconds"] = String(record.duration_seconds);
    args["Ringing-Seconds"] = String(record.duration_seconds - record.billing_seconds);
    args["Hangup-Cause"] = HANGUP_CAUSES[record.status_detail];
  }
  return { name: event, args };
}

/** When each event of a call happens: ANSWER only for calls an agent picked up (SUCCESS). */
export interface CallTimeline {
  createMs: number;
  answerMs: number | null;
  destroyMs: number;
}

/** The timeline of a history record (whole seconds): ringing until talk starts, talk = billing_seconds. */
export function recordTimeline(record: CallRecord): CallTimeline {
  const createMs = record.unix_timestamp * 1000;
  const destroyMs = createMs + record.duration_seconds * 1000;
  const answerMs = record.status_detail === "SUCCESS" ? destroyMs - record.billing_seconds * 1000 : null;
  return { createMs, answerMs, destroyMs };
}
