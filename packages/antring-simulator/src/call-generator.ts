import { agentParty, outsideParty, pickAgent, pickDid, type CustomerBook } from "./directory";
import type { CallClass, CallParty, CallRecord, Direction, StatusDetail } from "./records";
import {
  mix32,
  pickWeighted,
  poisson,
  randomAlnum,
  randomInt,
  seededRandom,
  standardNormal,
  type Random,
} from "./random";
import {
  DAY_MS,
  HOUR_MS,
  expectedCallsInHour,
  isThinlyStaffed,
  vietnamTime,
  type LocalTime,
} from "./traffic-shape";

/** One generated call plus a stable per-call number (used to decide corruption deterministically). */
export interface GeneratedCall {
  record: CallRecord;
  key: number;
  /** Placed while the simulator runs (click-to-call, placeCall); it sends its own live signals. */
  placed?: boolean;
}

export interface GeneratorSettings {
  seed: number | string;
  seedHash: number;
  callsPerDay: number;
  customers: CustomerBook;
}

type CallKind = "inbound" | "outbound" | "internal";

const KIND_MIX: readonly (readonly [CallKind, number])[] = [
  ["inbound", 0.55],
  ["outbound", 0.35],
  ["internal", 0.1],
];

const STATUS_MIX: Record<CallKind, readonly (readonly [StatusDetail, number])[]> = {
  inbound: [
    ["SUCCESS", 0.72],
    ["IVR", 0.1],
    ["CANCELLED", 0.1],
    ["BUSY", 0.03],
    ["UNSUCCESS", 0.05],
  ],
  outbound: [
    ["SUCCESS", 0.6],
    ["CANCELLED", 0.12],
    ["BUSY", 0.1],
    ["UNSUCCESS", 0.13],
    ["IVR", 0.05],
  ],
  internal: [
    ["SUCCESS", 0.8],
    ["CANCELLED", 0.1],
    ["BUSY", 0.06],
    ["UNSUCCESS", 0.04],
  ],
};
const INBOUND_THIN_STAFF_MIX: readonly (readonly [StatusDetail, number])[] = [
  ["SUCCESS", 0.45],
  ["IVR", 0.3],
  ["CANCELLED", 0.16],
  ["BUSY", 0.03],
  ["UNSUCCESS", 0.06],
];

// Seconds before talk starts (IVR menu, queue, ringing), by outcome: [min, max].
const PRE_TALK_SECONDS: Record<StatusDetail, readonly [number, number]> = {
  SUCCESS: [3, 22],
  IVR: [6, 45],
  CANCELLED: [3, 38],
  BUSY: [1, 8],
  UNSUCCESS: [0, 14],
};

const MEDIAN_TALK_SECONDS = { trunking: 90, one_one: 40 };
const MAX_TALK_SECONDS = 1_800;
const RECORDED_SHARE = { trunking: 0.93, one_one: 0.5 };
/** Share of unrecorded failed calls that arrive twice in the same second (a genuine double call). */
const DOUBLE_CALL_SHARE = 0.003;

/** Talk time: log-normal around the median, with a long tail capped at 30 minutes. */
export function talkSeconds(random: Random, median: number): number {
  const seconds = Math.round(Math.exp(Math.log(median) + 0.95 * standardNormal(random)));
  return Math.min(MAX_TALK_SECONDS, Math.max(2, seconds));
}

export function recordingName(random: Random): string {
  return `call_recording_${randomAlnum(random, 20)}.mp3`;
}

function generateCall(
  settings: GeneratorSettings,
  random: Random,
  startSec: number,
  local: LocalTime,
): CallRecord {
  const kind = pickWeighted(random, KIND_MIX);
  const mix = kind === "inbound" && isThinlyStaffed(local) ? INBOUND_THIN_STAFF_MIX : STATUS_MIX[kind];
  const status = pickWeighted(random, mix);
  const callClass: CallClass = kind === "internal" ? "one_one" : "trunking";
  const [minWait, maxWait] = PRE_TALK_SECONDS[status];
  const preTalk = randomInt(random, minWait, maxWait);
  const answered = status === "SUCCESS";
  const billing = answered ? talkSeconds(random, MEDIAN_TALK_SECONDS[callClass]) : 0;
  const recorded = answered && random() < RECORDED_SHARE[callClass];
  const recording = recorded ? recordingName(random) : "";
  const base = { billing, preTalk, status, callClass, recording, startSec };

  if (kind === "inbound") {
    const did = pickDid(random);
    const customer = settings.customers.pick(random);
    // A caller who never left the IVR reached the company number, not an agent.
    const callee = status === "IVR" ? outsideParty(did) : agentParty(pickAgent(random));
    return buildRecord(outsideParty(customer), callee, did, "to_ab", base);
  }
  const agent = pickAgent(random);
  const callee =
    kind === "internal"
      ? agentParty(pickAgent(random, agent))
      : outsideParty(settings.customers.pick(random));
  return buildRecord(agentParty(agent), callee, null, "from_ab", base);
}

interface CallFacts {
  billing: number;
  preTalk: number;
  status: StatusDetail;
  callClass: CallClass;
  recording: string;
  startSec: number;
}

/** Fields in the order AntRing documents them, so the JSON reads like upstream's. */
function buildRecord(
  caller: CallParty,
  callee: CallParty,
  did: string | null,
  direction: Direction,
  facts: CallFacts,
): CallRecord {
  return {
    caller,
    callee,
    class: facts.callClass,
    did_number: did,
    direction,
    status_detail: facts.status,
    duration_seconds: facts.billing + facts.preTalk,
    unix_timestamp: facts.startSec,
    billing_seconds: facts.billing,
    recording: facts.recording,
  };
}

function deepFreeze(record: CallRecord): CallRecord {
  Object.freeze(record.caller);
  Object.freeze(record.callee);
  return Object.freeze(record);
}

/** Every call that starts during one UTC day, oldest first (ties in generation order). The result
 *  depends only on the seed, callsPerDay and the day, never on the clock. */
export function generateDay(settings: GeneratorSettings, dayIndex: number): GeneratedCall[] {
  const random = seededRandom("day", settings.seed, settings.callsPerDay, dayIndex);
  const dayStartMs = dayIndex * DAY_MS;
  const dayMood = Math.exp(0.1 * standardNormal(random)); // some days are busier than others
  const records: CallRecord[] = [];
  for (let hour = 0; hour < 24; hour++) {
    const hourStartMs = dayStartMs + hour * HOUR_MS;
    const count = poisson(random, expectedCallsInHour(hourStartMs, settings.callsPerDay) * dayMood);
    const local = vietnamTime(hourStartMs);
    const starts: number[] = [];
    for (let i = 0; i < count; i++) starts.push(hourStartMs / 1000 + randomInt(random, 0, 3_599));
    starts.sort((a, b) => a - b);
    for (const startSec of starts) {
      const record = generateCall(settings, random, startSec, local);
      records.push(deepFreeze(record));
      if (record.recording === "" && record.status_detail !== "SUCCESS" && random() < DOUBLE_CALL_SHARE) {
        records.push(deepFreeze(structuredClone(record)));
      }
    }
  }
  return records.map((record, index) => ({ record, key: mix32(settings.seedHash, dayIndex, index) }));
}
